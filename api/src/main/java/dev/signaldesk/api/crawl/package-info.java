/**
 * Crawling from the application: extraction of a saved page as {@code signaldesk article} runs it
 * ({@link dev.signaldesk.api.crawl.SavedPageExtraction}: the site parser its URL calls for, else
 * the generic extractor), and {@code serve} crawls the sources that have a {@code schedule} ({@link
 * dev.signaldesk.api.crawl.CrawlScheduler} on one thread, {@link
 * dev.signaldesk.api.crawl.ScheduledCrawls} for the plain bookkeeping). Every pass's outcome goes
 * to {@link dev.signaldesk.api.crawl.CrawlPassRecorder}, which feeds the operators' views: crawl
 * errors per source and kind in {@code /metrics}, each source's last run in {@code /health}. The
 * crawl runner itself lives in the crawler module and needs no Micronaut.
 */
package dev.signaldesk.api.crawl;
