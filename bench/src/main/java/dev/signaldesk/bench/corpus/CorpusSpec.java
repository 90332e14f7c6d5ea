package dev.signaldesk.bench.corpus;

/**
 * What corpus to generate.
 *
 * @param seed the random seed; the same seed and index always give the same document
 * @param size number of documents
 * @param chatShare fraction of documents that are chat messages (0 to 1); the rest are news
 */
public record CorpusSpec(long seed, long size, double chatShare) {

  /** The seed used unless told otherwise, so that results of different runs compare. */
  public static final long DEFAULT_SEED = 20261128L;

  /** Trade chats outnumber articles in the real data; 60% chat keeps that shape. */
  public static final double DEFAULT_CHAT_SHARE = 0.6;

  public CorpusSpec {
    if (size < 0) {
      throw new IllegalArgumentException("The 'size' parameter must not be negative, was " + size);
    }
    if (chatShare < 0 || chatShare > 1) {
      throw new IllegalArgumentException(
          "The 'chatShare' parameter must be between 0 and 1, was " + chatShare);
    }
  }

  public static CorpusSpec of(long size) {
    return new CorpusSpec(DEFAULT_SEED, size, DEFAULT_CHAT_SHARE);
  }

  /** A short key naming this corpus, for reusing generated indexes between runs. */
  public String key() {
    return size + "-s" + seed + "-c" + Math.round(chatShare * 100);
  }
}
