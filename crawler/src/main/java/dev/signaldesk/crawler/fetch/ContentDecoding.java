package dev.signaldesk.crawler.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/** Undoes {@code Content-Encoding}: gzip, deflate (zlib-wrapped or raw) and br. */
final class ContentDecoding {

  private ContentDecoding() {}

  /** The encodings sent in {@code Accept-Encoding}. */
  static final String ACCEPTED = "gzip, deflate, br";

  /**
   * Wraps {@code raw} so that reading it yields the decoded body.
   *
   * @param encoding the Content-Encoding header value (null or {@code identity}: none)
   * @throws IOException for an unknown encoding or a stream that does not start like one
   */
  static InputStream decode(InputStream raw, String encoding) throws IOException {
    if (encoding == null) {
      return raw;
    }
    InputStream in = raw;
    // Encodings are listed in the order they were applied; undo them from the last.
    String[] layers = encoding.split(",");
    for (int i = layers.length - 1; i >= 0; i--) {
      String e = layers[i].trim().toLowerCase(Locale.ROOT);
      in =
          switch (e) {
            case "", "identity" -> in;
            case "gzip", "x-gzip" -> new GZIPInputStream(in, 8192);
            case "br" -> new BrotliInputStream(in);
            case "deflate" -> inflate(in);
            default -> throw new IOException("unsupported Content-Encoding '" + e + "'");
          };
    }
    return in;
  }

  /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: look and see. */
  private static InputStream inflate(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 8192);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0;
    return new InflaterInputStream(buffered, new Inflater(!zlib), 8192);
  }
}
