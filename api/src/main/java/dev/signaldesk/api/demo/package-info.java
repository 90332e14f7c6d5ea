/**
 * The demo data set as the application loads it. {@link dev.signaldesk.api.demo.DemoLoader} takes
 * the bundled {@code DemoCorpus} (config module) through the same paths as real data: news articles
 * become synthetic WARC response records (marked with an {@code X-SignalDesk-Demo} header and a
 * {@code signaldesk-demo} meta tag, since the corpus holds text, not fetched pages) and are indexed
 * with provenance pointing at them; chat exports go through the chat importer, pseudonymised. The
 * demo command and the end-to-end tests share it.
 */
package dev.signaldesk.api.demo;
