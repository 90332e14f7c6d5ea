/**
 * Signals in the index. {@link dev.signaldesk.indexer.signal.index.SignalFieldContributor} adds
 * keyword, numeric and facet fields to each report and one child document per price mention; {@link
 * dev.signaldesk.indexer.signal.index.SignalQueryFields} makes them queryable. The services ({@link
 * dev.signaldesk.indexer.signal.index.PriceIndexService}, {@link
 * dev.signaldesk.indexer.signal.index.SelloffService}, {@link
 * dev.signaldesk.indexer.signal.index.SentimentService}) aggregate with collectors over doc values
 * only; stored fields are read for the receipts of one period.
 */
package dev.signaldesk.indexer.signal.index;
