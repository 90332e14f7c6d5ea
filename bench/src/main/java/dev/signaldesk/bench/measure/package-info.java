/**
 * Measuring: latency samples and their percentiles, heap used after a full GC, the machine and its
 * load average, and the result records every scenario returns.
 *
 * <p>Scenarios time only the work they measure (corpus generation happens outside the timed
 * sections), and report throughput over the summed timed sections, so a slow generator never makes
 * the system under test look slower. Nothing here asserts a time: results are data, compared with
 * targets only in the report.
 */
package dev.signaldesk.bench.measure;
