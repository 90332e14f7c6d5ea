package dev.signaldesk.crawler.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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

  private static boolean isStrictUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    try (InputStream in = Files.newInputStream(file)) {
      while (true) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        boolean end = n < 0;
        if (!end) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, end);
        if (result.isError()) {
          return false;
        }
        chars.clear();
        bytes.compact();
        if (end) {
          if (bytes.position() > 0) {
            return false; // a multi-byte sequence cut off at the end of the file
          }
          try {
            return !decoder.flush(chars).isError();
          } catch (IllegalStateException e) {
            return true;
          }
        }
      }
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
