/**
 * Running crawls. {@link dev.signaldesk.crawler.crawl.CrawlRunner} builds the fetch stack once
 * (throttle, robots, breaker, fetcher, WARC writer, crawl state) and runs sources one pass at a
 * time: {@code runOnce(ids)} for the command line, {@code runSource(id)} for the {@code serve}
 * scheduler. Each pass discovers URLs, fetches the due ones, classifies them (block pages are
 * recorded, backed off from and never indexed), parses them with the source's parser, recognises
 * the same article by canonical URL and the same body by content digest, and hands new reports to
 * the {@code ReportSink}.
 *
 * <p>Resumability is an ordering rule: a URL becomes FETCHED only in the state batch written after
 * the sink's {@code commit()} returned. A crash before it refetches the uncommitted pages; a crash
 * after it refetches nothing; a crash in between is caught by asking the sink whether it already
 * holds the report. {@link dev.signaldesk.crawler.crawl.ArchiveReindexer} rebuilds the reports from
 * the archive without the network, using the state to pick the current copy of each article.
 */
package dev.signaldesk.crawler.crawl;
