package dev.signaldesk.crawler.extract;

import org.jsoup.nodes.Element;

/**
 * Size and punctuation measures that work for English and Chinese alike.
 *
 * <p>A CJK character carries roughly as much content as two Latin letters, so CJK characters count
 * double in {@link #size}; otherwise a Chinese paragraph would look half as substantial as an
 * English one of the same meaning. Whitespace never counts.
 */
final class TextStats {

  static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x20000 && cp <= 0x2FA1F);
  }

  static boolean isPunctuation(int cp) {
    return switch (cp) {
      case ',', '.', ';', ':', '!', '?', '，', '。', '、', '；', '：', '！', '？', '…' -> true;
      default -> false;
    };
  }

  static boolean isSentenceEnd(int cp) {
    return switch (cp) {
      case '.', '!', '?', '。', '！', '？', '…', '”', '"', '’', '」', '）', ')', ':', '：' -> true;
      default -> false;
    };
  }

  /** Non-whitespace characters, CJK counted twice. */
  static int size(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp) && cp != 0xA0 && cp != 0x3000) {
        n += isCjk(cp) ? 2 : 1;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  static int punctuation(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isPunctuation(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static int cjkCount(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isCjk(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  static int latinLetters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        n++;
      }
    }
    return n;
  }

  /** Share of the element's text that sits inside links, 0..1. */
  static double linkDensity(Element el) {
    int total = size(el.text());
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : el.select("a")) {
      linked += size(a.text());
    }
    return Math.min(1.0, (double) linked / total);
  }

  /** {@code zh} when CJK characters make up at least a fifth of the letters, else {@code en}. */
  static String language(String text) {
    int cjk = cjkCount(text);
    int latin = latinLetters(text);
    if (cjk + latin == 0) {
      return "en";
    }
    return cjk * 5 >= cjk + latin ? "zh" : "en";
  }

  private TextStats() {}
}
