package dev.signaldesk.crawler.chat;

import java.util.Map;
import java.util.TreeMap;

/**
 * Replaces the display names of senders seen so far in an import wherever they appear in message
 * text (mentions, quotes, "@老王 你那批卡还在吗"). Longest names first, so "王总监" is not half replaced by
 * "王总". Latin names must stand alone as a word ("Li" does not hit "Linux"); Han names match
 * anywhere. Names shorter than two characters are ignored.
 */
final class NameScrubber {

  // Longest first, then alphabetical: a deterministic replacement order.
  private final TreeMap<String, String> replacements =
      new TreeMap<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));

  void learn(String rawName, String pseudonym) {
    if (rawName != null && rawName.strip().length() >= 2 && !rawName.equals(pseudonym)) {
      replacements.putIfAbsent(rawName.strip(), pseudonym);
    }
  }

  String scrub(String text) {
    String out = text;
    for (Map.Entry<String, String> e : replacements.entrySet()) {
      if (out.contains(e.getKey())) {
        out = replaceWords(out, e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static String replaceWords(String text, String name, String with) {
    boolean latinEdges =
        Character.isLetterOrDigit(name.charAt(0)) && name.charAt(0) < 0x2E80
            || Character.isLetterOrDigit(name.charAt(name.length() - 1))
                && name.charAt(name.length() - 1) < 0x2E80;
    StringBuilder sb = new StringBuilder(text.length());
    int from = 0;
    int at;
    while ((at = text.indexOf(name, from)) >= 0) {
      int end = at + name.length();
      boolean standsAlone =
          !latinEdges
              || (at == 0 || !isWordChar(text.charAt(at - 1)))
                  && (end == text.length() || !isWordChar(text.charAt(end)));
      sb.append(text, from, at).append(standsAlone ? with : name);
      from = end;
    }
    return sb.append(text, from, text.length()).toString();
  }

  private static boolean isWordChar(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }
}
