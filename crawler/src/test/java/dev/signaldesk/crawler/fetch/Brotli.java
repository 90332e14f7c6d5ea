package dev.signaldesk.crawler.fetch;

import java.io.ByteArrayOutputStream;

/**
 * Writes a valid brotli stream made of uncompressed meta-blocks (RFC 7932 §9.2), because the
 * project only ships a brotli decoder and tests still need {@code Content-Encoding: br} bodies.
 */
final class Brotli {
  private Brotli() {}

  static byte[] encodeStored(byte[] data) {
    Bits out = new Bits();
    out.write(0, 1); // WBITS = 16
    int pos = 0;
    while (pos < data.length) {
      int len = Math.min(65536, data.length - pos);
      out.write(0, 1); // ISLAST = 0
      out.write(0, 2); // MNIBBLES = 4
      out.write(len - 1, 16); // MLEN - 1
      out.write(1, 1); // ISUNCOMPRESSED
      out.align();
      for (int i = 0; i < len; i++) {
        out.write(data[pos + i] & 0xFF, 8);
      }
      pos += len;
    }
    out.write(1, 1); // ISLAST
    out.write(1, 1); // ISLASTEMPTY
    out.align();
    return out.bytes();
  }

  private static final class Bits {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int current;
    private int used;

    void write(int value, int n) {
      for (int i = 0; i < n; i++) {
        current |= ((value >>> i) & 1) << used;
        if (++used == 8) {
          bytes.write(current);
          current = 0;
          used = 0;
        }
      }
    }

    void align() {
      if (used > 0) {
        bytes.write(current);
        current = 0;
        used = 0;
      }
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }
}
