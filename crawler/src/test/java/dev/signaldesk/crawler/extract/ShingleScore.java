package dev.signaldesk.crawler.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The token-shingle precision/recall of the standard article-extraction benchmarks: text is split
 * into tokens (English words lower-cased; every CJK character is a token), shingles are 4
 * consecutive tokens, and precision and recall are computed over shingle multisets.
 */
record ShingleScore(double precision, double recall) {

  static final int SHINGLE = 4;

  double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  static ShingleScore of(String predicted, String gold) {
    Map<String, Integer> p = shingles(predicted);
    Map<String, Integer> g = shingles(gold);
    int pTotal = p.values().stream().mapToInt(Integer::intValue).sum();
    int gTotal = g.values().stream().mapToInt(Integer::intValue).sum();
    if (gTotal == 0) {
      return new ShingleScore(pTotal == 0 ? 1 : 0, 1);
    }
    if (pTotal == 0) {
      return new ShingleScore(0, 0);
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
    }
    return new ShingleScore((double) common / pTotal, (double) common / gTotal);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (TextStats.isCjk(cp)) {
        flush(word, out);
        out.add(new String(Character.toChars(cp)));
      } else if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else {
        flush(word, out);
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (!word.isEmpty()) {
      out.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> t = tokens(text == null ? "" : text);
    Map<String, Integer> counts = new HashMap<>();
    if (t.isEmpty()) {
      return counts;
    }
    if (t.size() < SHINGLE) {
      counts.merge(String.join(" ", t), 1, Integer::sum);
      return counts;
    }
    for (int i = 0; i + SHINGLE <= t.size(); i++) {
      counts.merge(String.join(" ", t.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return counts;
  }
}
