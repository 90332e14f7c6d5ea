/**
 * Text helpers shared by the signal extractors: sentence splitting with offsets, GPU model matching
 * on token boundaries, and lexicon matching with negation and intensifier windows.
 */
package dev.signaldesk.indexer.signal.text;
