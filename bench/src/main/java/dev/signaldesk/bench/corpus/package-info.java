/**
 * A deterministic synthetic corpus for the benchmarks: news reports and trade-chat messages in
 * Chinese and English about GPU rental and sale prices, over three years.
 *
 * <p>Every document is a pure function of (seed, index): {@link SyntheticCorpus#report(long)} seeds
 * its own random generator from both, so a corpus of a million documents is streamed rather than
 * held in memory, two runs produce the same bytes, and a run can resume at any index. Prices follow
 * {@link MarketCurve} (the 2023 peak, the 2025 trough, the 2026 partial recovery) and are written
 * in the phrasings the price extractor supports ({@link Phrasebook}), with the usual traps (memory
 * sizes, card counts, years) mixed in so that the extractor does real work. {@link ArticlePages}
 * wraps a news report in a realistic page (navigation, related links, footer) for the article
 * extractor, and {@link ChatExportWriter} writes messages as a WeChat MemoTrace CSV export for the
 * chat importer.
 */
package dev.signaldesk.bench.corpus;
