/**
 * Market signals from report text. {@link dev.signaldesk.indexer.signal.SignalExtractor} is the
 * entry point: it runs price extraction ({@code price}), offer-side classification ({@code side}),
 * sentiment ({@code sentiment}) and entity finding ({@code entity}) over one text and returns a
 * {@link dev.signaldesk.indexer.signal.SignalReport}. {@code story} groups reposts by SimHash;
 * {@code index} writes all of it into the report index and aggregates it back (price index,
 * sell-off pressure, sentiment) from doc values. All vocabularies, bands and rates come from {@code
 * signals:} in the config, so a deployment tunes them without code.
 */
package dev.signaldesk.indexer.signal;
