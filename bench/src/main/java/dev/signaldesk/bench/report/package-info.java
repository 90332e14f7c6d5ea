/**
 * Output of a run: one JSON file per run ({@code bench/results/<date>-<commit>.json}), merged row
 * by row when a run is split with {@code --scenario} or resumed, and a Markdown table for {@code
 * docs/benchmarks.md} with every figure next to its baseline ratio and target.
 */
package dev.signaldesk.bench.report;
