/**
 * The crawl measurement: {@link dev.signaldesk.crawler.crawl.bench.FixtureSite} generates a news
 * site deterministically (500 pages by default, four layouts in Chinese and English, GBK and UTF-8,
 * byte-identical copies and canonical reposts, 404s and soft 404s) and serves it on loopback with
 * the JDK's HTTP server; {@link dev.signaldesk.crawler.crawl.bench.CrawlBenchMain} crawls it with
 * {@code min-delay: 0} through the real {@code CrawlRunner} (robots, throttle, WARC, H2 state) into
 * a durable JSON-lines sink, then times decoding, classification and extraction alone over the
 * archived bodies. With {@code --serve PORT} it only serves the site and writes a config for {@code
 * signaldesk crawl}. Numbers and how to run it: {@code docs/crawl-benchmark.md}.
 */
package dev.signaldesk.crawler.crawl.bench;
