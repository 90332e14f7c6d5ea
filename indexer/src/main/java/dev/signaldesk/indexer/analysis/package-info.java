/**
 * Text analysis for mixed Chinese and English reports.
 *
 * <p>Reports mix scripts in one sentence ({@code 英伟达H100租金暴跌}, {@code Nvidia's H100 rent fell}), so
 * one analyzer serves every text field instead of a field per language. {@link
 * dev.signaldesk.indexer.analysis.MixedScriptTokenizer} hands Han runs to smartcn's HMM word
 * segmenter and keeps runs of other letters and digits whole, which keeps GPU model names such as
 * {@code H100}, {@code 4090D} or {@code MI300X} single tokens: a query for {@code 100} must not
 * match every H100 article. {@link dev.signaldesk.indexer.analysis.IndexAnalyzer} adds
 * lower-casing, possessive removal and Porter stemming of plain English words; {@link
 * dev.signaldesk.indexer.analysis.QueryAnalyzer} adds synonyms on top, at query time only, so a
 * changed synonym list takes effect without re-indexing.
 *
 * <p>Segmentation is the costly part of indexing, so it is done as little as possible: a report's
 * title and body are analysed once each and their tokens replayed into both the field itself and
 * {@code all} ({@link dev.signaldesk.indexer.analysis.AnalysedText}), and each tokenizer keeps the
 * HMM segmentation of short Han runs it saw recently in a small LRU map (the same phrases recur in
 * trade chats all day).
 */
package dev.signaldesk.indexer.analysis;
