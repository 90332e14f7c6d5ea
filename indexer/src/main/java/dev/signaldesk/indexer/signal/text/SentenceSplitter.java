package dev.signaldesk.indexer.signal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits news or chat text into sentences: at Chinese and Western sentence ends, semicolons and
 * line breaks. A full stop ends an English sentence only before white space or the end, so "2.10"
 * and "U.S." stay whole.
 */
public final class SentenceSplitter {

  private SentenceSplitter() {}

  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int paragraph = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end =
          switch (c) {
            case '。', '！', '？', '!', '?', '；', ';', '\n' -> true;
            case '.' -> i + 1 == n || Character.isWhitespace(text.charAt(i + 1));
            default -> false;
          };
      if (end) {
        add(out, text, start, i + 1, paragraph);
        if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
          paragraph++;
        }
        start = i + 1;
      }
    }
    add(out, text, start, n, paragraph);
    return out;
  }

  private static void add(List<Sentence> out, String text, int from, int to, int paragraph) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Sentence(text.substring(from, to), from, to, paragraph));
    }
  }
}
