package dev.signaldesk.crawler.chat;

/**
 * {@code zh} when at least a fifth of the letters are Han characters, else {@code en}. A Chinese
 * trade post is mostly model names and digits ("出 H100 8卡 整机 7.5w"), so the threshold is low; an
 * English message with one Chinese word stays English.
 */
final class LanguageGuess {

  private LanguageGuess() {}

  static String of(String text) {
    int han = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z') {
          letters++;
        }
      } else if (cp >= 0x4E00 && cp <= 0x9FFF
          || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        han++;
        letters++;
      } else if (Character.isLetter(cp)) {
        letters++;
      }
    }
    return letters > 0 && han * 5 >= letters ? "zh" : "en";
  }
}
