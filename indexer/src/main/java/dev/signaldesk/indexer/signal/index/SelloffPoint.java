package dev.signaldesk.indexer.signal.index;

/**
 * Sell-off pressure in one period (each story counted once).
 *
 * @param period the period key
 * @param sell documents on the selling side
 * @param buy documents on the buying side
 * @param neutral the rest
 * @param sellBuyRatio sell / buy, null when no document buys
 * @param sellTalkShare share of documents using sell-off vocabulary (0..1)
 */
public record SelloffPoint(
    String period, int sell, int buy, int neutral, Double sellBuyRatio, double sellTalkShare) {}
