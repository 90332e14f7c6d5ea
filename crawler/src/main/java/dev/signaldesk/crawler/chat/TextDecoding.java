package dev.signaldesk.crawler.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides the charset of an export: a byte-order mark wins (UTF-8, UTF-16LE/BE); else the file is
 * UTF-8 if every byte of it decodes strictly; else it is GB18030, a superset of GBK (what Windows
 * tools in China re-save files as). Guessing from a prefix would risk mojibake in the tail, so the
 * whole file is checked; that pass is cheap next to parsing.
 */
final class TextDecoding {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoding() {}

  static Charset detect(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(3);
      if (head.length >= 3
          && (head[0] & 0xFF) == 0xEF
          && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF) {
        return StandardCharsets.UTF_8;
      }
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        return StandardCharsets.UTF_16LE;
      }
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        return StandardCharsets.UTF_16BE;
      }
    }
    return isStrictUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
  }

  /**
   * True if the whole file is well-formed UTF-8: no stray continuation bytes, no overlong forms, no
   * surrogates, nothing above U+10FFFF, no sequence cut off at the end. Hand-rolled because it runs
   * over every byte of files of hundreds of megabytes, mostly ASCII.
   */
  static boolean isStrictUtf8(Path file) throws IOException {
    byte[] buffer = new byte[1 << 16];
    int needed = 0;
    int low = 0x80;
    int high = 0xBF;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          int b = buffer[i] & 0xFF;
          if (needed == 0) {
            if (b < 0x80) {
              continue;
            }
            if (b >= 0xC2 && b <= 0xDF) {
              needed = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
              needed = 2;
              low = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
              high = b == 0xED ? 0x9F : 0xBF; // no surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
              needed = 3;
              low = b == 0xF0 ? 0x90 : 0x80;
              high = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
            } else {
              return false;
            }
          } else {
            if (b < low || b > high) {
              return false;
            }
            low = 0x80;
            high = 0xBF;
            needed--;
          }
        }
      }
    }
    return needed == 0;
  }
}
