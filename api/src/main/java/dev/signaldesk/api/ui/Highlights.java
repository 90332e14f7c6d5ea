package dev.signaldesk.api.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into runs, marking every occurrence of any of some needles, so templates escape the
 * runs and wrap marked ones in {@code <mark>} themselves. Longer needles win where they overlap
 * ({@code 7.5万} before {@code 7.5}).
 */
final class Highlights {
  private Highlights() {}

  /** A run of text; {@code marked} runs matched a needle. */
  record Run(String text, boolean marked) {}

  static List<Run> runs(String text, List<String> needles) {
    List<Run> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    List<String> sorted =
        needles.stream()
            .filter(n -> n != null && !n.isBlank())
            .distinct()
            .sorted((a, b) -> b.length() - a.length())
            .toList();
    int at = 0;
    int plainFrom = 0;
    while (at < text.length()) {
      String hit = null;
      for (String n : sorted) {
        if (text.startsWith(n, at)) {
          hit = n;
          break;
        }
      }
      if (hit == null) {
        at++;
        continue;
      }
      if (at > plainFrom) {
        out.add(new Run(text.substring(plainFrom, at), false));
      }
      out.add(new Run(hit, true));
      at += hit.length();
      plainFrom = at;
    }
    if (plainFrom < text.length()) {
      out.add(new Run(text.substring(plainFrom), false));
    }
    return out;
  }
}
