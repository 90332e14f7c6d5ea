package dev.signaldesk.indexer.signal.index;

/**
 * Market sentiment in one period (each story counted once).
 *
 * @param period the period key
 * @param mean mean document score in [-1, 1]
 * @param documents documents counted
 * @param bullish documents scoring above 0
 * @param bearish documents scoring below 0
 */
public record SentimentPoint(String period, double mean, int documents, int bullish, int bearish) {}
