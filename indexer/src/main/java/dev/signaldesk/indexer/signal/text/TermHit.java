package dev.signaldesk.indexer.signal.text;

/**
 * A lexicon term found in a text.
 *
 * @param term the lexicon entry as configured
 * @param start offset of the match
 * @param end offset just past the match
 * @param negated true if a negation word stands just before it ("没有抛售", "no one is selling")
 * @param intensity the factor of an intensifier just before it ("大幅", "sharply"), else 1
 */
public record TermHit(String term, int start, int end, boolean negated, double intensity) {}
