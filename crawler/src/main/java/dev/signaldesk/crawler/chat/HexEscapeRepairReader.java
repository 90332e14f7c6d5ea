package dev.signaldesk.crawler.chat;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Rewrites the invalid JSON escape {@code \xHH}, which some Telegram exports contain, into the
 * valid <code>&#92;u00HH</code>. A backslash that is itself escaped ({@code \\x}) is left alone, so
 * valid JSON passes through unchanged. Works on chunks, not characters, to stay fast on large
 * files.
 */
final class HexEscapeRepairReader extends FilterReader {

  private final char[] chunk = new char[1 << 14];
  private int chunkPos;
  private int chunkEnd;
  private boolean afterBackslash;
  private int pendingU; // how many characters of "u00" are still to be emitted

  HexEscapeRepairReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int written = 0;
    while (written < length) {
      if (pendingU > 0) {
        buffer[offset + written++] = pendingU == 3 ? 'u' : '0';
        pendingU--;
        continue;
      }
      if (chunkPos == chunkEnd) {
        if (written > 0) {
          break;
        }
        int n = in.read(chunk, 0, chunk.length);
        if (n < 0) {
          return -1;
        }
        chunkPos = 0;
        chunkEnd = n;
        continue;
      }
      char c = chunk[chunkPos++];
      if (afterBackslash) {
        afterBackslash = false;
        if (c == 'x') {
          pendingU = 3;
          continue;
        }
      } else if (c == '\\') {
        afterBackslash = true;
      }
      buffer[offset + written++] = c;
    }
    return written;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported");
  }

  @Override
  public boolean ready() {
    return chunkPos < chunkEnd || pendingU > 0;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
