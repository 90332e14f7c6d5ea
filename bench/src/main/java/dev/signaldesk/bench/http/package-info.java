/**
 * HTTP load from a separate process. {@link dev.signaldesk.bench.http.HttpLoad} is the load
 * generator: {@link dev.signaldesk.bench.http.JavaLoadClient} runs {@link
 * dev.signaldesk.bench.http.HttpLoadMain} in a child JVM (so the client's own CPU and garbage never
 * count against the server's JVM; they still share the machine's cores, which the report says),
 * {@link dev.signaldesk.bench.http.WrkLoad} runs the native {@code wrk} with a bundled Lua script.
 * Either runs every client count of a scenario after one warm-up, in one process start. {@link
 * dev.signaldesk.bench.http.ServerProcess} starts {@code signaldesk serve} in another child JVM
 * with a given heap; {@link dev.signaldesk.bench.http.ServerPool} keeps it running for the next
 * scenario that asks for the same index and heap. Loopback only, bounded in time and request count.
 */
package dev.signaldesk.bench.http;
