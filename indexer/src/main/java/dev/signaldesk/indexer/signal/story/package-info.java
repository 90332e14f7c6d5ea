/**
 * Near-duplicate detection: a 64-bit SimHash over character shingles (repost boilerplate removed),
 * candidates found through four 16-bit bands indexed as keywords and confirmed by Hamming distance.
 */
package dev.signaldesk.indexer.signal.story;
