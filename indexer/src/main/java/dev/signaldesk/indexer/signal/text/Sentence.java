package dev.signaldesk.indexer.signal.text;

/**
 * One sentence (or chat line) of a larger text.
 *
 * @param text the sentence itself
 * @param start offset of its first character in the whole input
 * @param end offset just past its last character in the whole input
 * @param paragraph index of the paragraph (blank-line separated block) it belongs to
 */
public record Sentence(String text, int start, int end, int paragraph) {

  /** Offset in the whole input of position {@code i} of this sentence. */
  public int global(int i) {
    return start + i;
  }
}
