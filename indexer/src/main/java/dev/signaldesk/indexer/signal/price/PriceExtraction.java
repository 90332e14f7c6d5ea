package dev.signaldesk.indexer.signal.price;

import java.util.List;

/**
 * Everything {@link PriceMentionExtractor} found in one text.
 *
 * @param prices price mentions in text order, including excluded ones (see {@link
 *     PriceMention#excluded()})
 * @param changes price movements stated without a price
 */
public record PriceExtraction(List<PriceMention> prices, List<PriceChange> changes) {
  public PriceExtraction {
    prices = List.copyOf(prices);
    changes = List.copyOf(changes);
  }

  /** The mentions that may enter price indexes. */
  public List<PriceMention> included() {
    return prices.stream().filter(p -> !p.excluded()).toList();
  }
}
