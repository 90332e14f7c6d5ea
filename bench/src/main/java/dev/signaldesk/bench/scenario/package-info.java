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
 */
package dev.signaldesk.bench.scenario;
