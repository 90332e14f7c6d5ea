/**
 * The benchmark scenarios: ingest (full pipeline versus raw Lucene), search in process and over
 * HTTP (versus a plain {@code TermQuery}), signal series, alert matching, extraction, chat import,
 * index size and the heap needed to serve.
 *
 * <p>Each {@link Scenario} returns result rows; a scenario whose piece of SignalDesk is missing
 * returns a {@code SKIPPED} row with the reason and never a number. The generated index is built
 * once per corpus by {@link PreparedIndexes} (the ingest scenario's measured run, or an unmeasured
 * build when ingest was not asked for) and reused by every later scenario and run, which is what
 * makes {@code --full} resumable scenario by scenario.
 *
 * <p>Every timed phase is bounded twice, by a count and by the {@link Profile}'s window ({@link
 * dev.signaldesk.bench.measure.Budget}), so the same code runs a smoke test in seconds and 1M
 * documents or 100k saved queries in bounded time. Ingest runs the pipeline and the raw-Lucene
 * baseline on the same number of threads ({@link ParallelBatch}), batch by batch, generating each
 * batch just before it is indexed: nothing grows with the corpus but the index on disk.
 */
package dev.signaldesk.bench.scenario;
