/**
 * Price mentions. The pipeline per sentence: {@code NumberScanner} finds numbers (Arabic with
 * multipliers, Chinese numerals), {@code AmountReader} keeps those that are money and rejects
 * quantities (cards, GB, W, P, %, years), {@code UnitReader} reads the unit after and the cues
 * before, {@code PriceMentionExtractor} picks the model, kind and basis, and {@link
 * dev.signaldesk.indexer.signal.price.PriceNormaliser} turns it into CNY/USD per GPU-hour or per
 * GPU. A price outside its model's plausibility band is kept, flagged and excluded, never dropped.
 * The rules are general (units, cue words, quantity suffixes), checked against a hand-labelled set
 * in {@code src/test/resources/signals}.
 */
package dev.signaldesk.indexer.signal.price;
