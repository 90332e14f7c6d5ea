/**
 * Text helpers shared by the signal extractors: sentence splitting with offsets, GPU model matching
 * on token boundaries, and lexicon matching with negation and intensifier windows.
 *
 * <p>Lexicons are held in a character trie ({@code TermTrie}): at each position of a text one walk
 * finds every term that starts there, longest first, where a list scan would try every term. The
 * extractors run this per document and per sentence, so it is on the indexing hot path.
 */
package dev.signaldesk.indexer.signal.text;
