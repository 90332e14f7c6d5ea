package dev.signaldesk.bench.http;

/**
 * What a load generator measured at one client count.
 *
 * @param clients concurrent clients (connections)
 * @param requests successful (200) requests
 * @param rejected requests the server refused with a 4xx (e.g. an unknown query field)
 * @param firstRejection the first refusal, or null (the Java client only)
 * @param errors failed requests (5xx, timeouts, I/O)
 * @param firstError the first failure, or null
 * @param qps successful requests per second
 * @param p50 latency percentiles in ms
 */
public record LoadResult(
    int clients,
    long requests,
    long rejected,
    String firstRejection,
    long errors,
    String firstError,
    double qps,
    double p50,
    double p95,
    double p99) {}
