/** Lexicon sentiment for the compute market, with negation and intensifiers, in [-1, 1]. */
package dev.signaldesk.indexer.signal.sentiment;
