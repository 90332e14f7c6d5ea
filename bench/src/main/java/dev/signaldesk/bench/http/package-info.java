/**
 * HTTP load from a separate process. {@link HttpLoadMain} runs in a child JVM so that the client's
 * own CPU and garbage never count against the server's JVM (they still share the machine's cores,
 * which the report says); {@link ServerProcess} starts {@code signaldesk serve} in another child
 * JVM with a given heap. Both use loopback only and are bounded in time and request count.
 */
package dev.signaldesk.bench.http;
