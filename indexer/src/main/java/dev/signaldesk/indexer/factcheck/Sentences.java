package dev.signaldesk.indexer.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits report text into sentences: after Chinese end punctuation (。！？；), at line breaks, and
 * after English {@code . ! ?} followed by white space. A decimal point ({@code 7.5万}) is not
 * followed by white space, so it never ends a sentence.
 */
final class Sentences {
  private static final Pattern BOUNDARY =
      Pattern.compile("(?<=[。！？；!?])\\s*|\\s*\\n+\\s*|(?<=[.])\\s+(?=[A-Z0-9\"“‘'(])");

  /** Longer "sentences" (tables, run-on chat dumps) are cut, so one passage stays readable. */
  static final int MAX_CHARS = 400;

  private Sentences() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String s : BOUNDARY.split(text)) {
      String trimmed = s.strip();
      while (trimmed.length() > MAX_CHARS) {
        out.add(trimmed.substring(0, MAX_CHARS));
        trimmed = trimmed.substring(MAX_CHARS).strip();
      }
      if (!trimmed.isEmpty()) {
        out.add(trimmed);
      }
    }
    return out;
  }
}
