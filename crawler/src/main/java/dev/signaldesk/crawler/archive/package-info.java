/**
 * The WARC archive under {@code <data>/archive}: every response the crawler receives (robots.txt,
 * feeds, redirects, errors with bodies, 304s, pages) with the request that produced it.
 *
 * <p>{@link dev.signaldesk.crawler.archive.WarcFileWriter} writes gzip WARC files with jwarc, one
 * gzip member per record, flushed per record; each writer starts a fresh file and rotates past
 * {@code crawler.warc-max-file-bytes}, so a killed crawl leaves every earlier record readable and
 * the next run never appends to a damaged file. Response records carry {@code WARC-Target-URI},
 * {@code WARC-Date} and a SHA-1 {@code WARC-Payload-Digest}; request records point back with {@code
 * WARC-Concurrent-To}. Bodies are stored decoded (the wire encoding is noted in {@code
 * X-SignalDesk-Decoded-From}) so readers never need a brotli decoder.
 *
 * <p>{@link dev.signaldesk.crawler.archive.WarcArchive} reads it back: one response by file and
 * record id (the snapshot endpoint) or all of them (reindexing); damage is reported, not thrown.
 */
package dev.signaldesk.crawler.archive;
