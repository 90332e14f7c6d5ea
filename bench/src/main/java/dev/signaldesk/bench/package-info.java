/**
 * {@code ./signaldesk bench}: generates a synthetic corpus, runs the benchmark scenarios and writes
 * the results. See {@code docs/benchmarks.md} for what is measured and how to read it.
 *
 * <p>The module sits outside the application: the api module never depends on it, and the launcher
 * runs {@link BenchMain} from this module's jar and copied dependencies.
 */
package dev.signaldesk.bench;
