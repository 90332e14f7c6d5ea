package dev.signaldesk.indexer.signal.price;

/**
 * A price movement stated without a price ("租金腰斩", "rents doubled").
 *
 * @param model the GPU model it is about, or null if the sentence names none
 * @param direction UP or DOWN
 * @param factor the ratio when the words imply one (腰斩 0.5, 翻倍 2), else null
 * @param term the word that signals it
 * @param text the sentence
 * @param start offset of the term in the whole input
 * @param end offset just past the term
 */
public record PriceChange(
    String model,
    Direction direction,
    Double factor,
    String term,
    String text,
    int start,
    int end) {

  /** Which way the price moved. */
  public enum Direction {
    UP,
    DOWN
  }
}
