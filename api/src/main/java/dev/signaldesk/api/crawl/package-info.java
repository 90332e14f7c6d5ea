/**
 * Crawling from the application: extraction of a saved page as {@code signaldesk article} runs it
 * ({@link dev.signaldesk.api.crawl.SavedPageExtraction}: the site parser its URL calls for, else
 * the generic extractor). The crawl runner itself lives in the crawler module and needs no
 * Micronaut.
 */
package dev.signaldesk.api.crawl;
