package dev.signaldesk.indexer.signal.story;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * 64-bit SimHash over character 4-shingles of a body. Before hashing, the text is NFKC-normalised,
 * lower-cased and stripped of white space and punctuation, and the lines a repost adds
 * ("本文来自微信公众号…", "…经授权发布", "原标题：", "来源：", "责任编辑") are removed, so a repost of a body hashes within
 * a few bits of the original.
 */
public final class SimHash {
  private static final int SHINGLE = 4;
  private static final Pattern REPOST_LINES =
      Pattern.compile(
          "(?m)^.*(本文来自微信公众号|经授权发布|原标题[:：]|来源[:：]|责任编辑|转载请|点击关注|(?i:originally published|republished with permission)).*$");
  private static final Pattern NOISE = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s\\p{So}]+");

  private SimHash() {}

  /** The text as hashed: repost boilerplate, punctuation and white space removed. */
  public static String normalise(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    t = REPOST_LINES.matcher(t).replaceAll("");
    return NOISE.matcher(t).replaceAll("");
  }

  public static long of(String text) {
    return ofNormalised(normalise(text));
  }

  /** {@link #of}, for a text that has already been through {@link #normalise}. */
  public static long ofNormalised(String t) {
    if (t.length() < SHINGLE) {
      return hash64(t);
    }
    int[] votes = new int[64];
    for (int i = 0; i + SHINGLE <= t.length(); i++) {
      long h = fnv1a(t, i, i + SHINGLE);
      for (int b = 0; b < 64; b++) {
        votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
      }
    }
    long out = 0;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        out |= 1L << b;
      }
    }
    return out;
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** The {@code i}-th 16-bit band (0..3), used as an exact-match key to find candidates. */
  public static int band(long hash, int i) {
    return (int) ((hash >>> (16 * i)) & 0xFFFF);
  }

  /** 64-bit FNV-1a over UTF-8, then a murmur finaliser so nearby strings spread over all bits. */
  public static long hash64(String s) {
    return fnv1a(s, 0, s.length());
  }

  /**
   * {@link #hash64} of {@code s.substring(from, to)} without building it or its bytes: the UTF-8
   * bytes are produced as {@code String.getBytes(UTF_8)} would (a surrogate without its pair, also
   * one cut off by {@code to}, is {@code '?'}), so hashes already in the index stay comparable.
   */
  private static long fnv1a(String s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int j = from; j < to; j++) {
      char c = s.charAt(j);
      if (c < 0x80) {
        h = fnvByte(h, c);
      } else if (c < 0x800) {
        h = fnvByte(h, 0xC0 | (c >> 6));
        h = fnvByte(h, 0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        h = fnvByte(h, 0xE0 | (c >> 12));
        h = fnvByte(h, 0x80 | ((c >> 6) & 0x3F));
        h = fnvByte(h, 0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && j + 1 < to
          && Character.isLowSurrogate(s.charAt(j + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++j));
        h = fnvByte(h, 0xF0 | (cp >> 18));
        h = fnvByte(h, 0x80 | ((cp >> 12) & 0x3F));
        h = fnvByte(h, 0x80 | ((cp >> 6) & 0x3F));
        h = fnvByte(h, 0x80 | (cp & 0x3F));
      } else {
        h = fnvByte(h, '?');
      }
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static long fnvByte(long h, int b) {
    return (h ^ (b & 0xff)) * 0x100000001b3L;
  }
}
