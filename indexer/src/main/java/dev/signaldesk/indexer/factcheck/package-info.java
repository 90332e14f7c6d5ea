/**
 * Fact-checking a claim against the index, in plain Java.
 *
 * <p>{@link dev.signaldesk.indexer.factcheck.FactChecker} works at sentence level: the index finds
 * candidate reports (any claim word or synonym, through the query analyzer, so "Nvidia" finds 英伟达),
 * then each candidate's sentences are scored by word coverage (per claim word, any synonym counts)
 * and by number matches. Numbers are compared by value, not by spelling: {@code NumberReader} turns
 * 7.5万, 75,000 and 75 thousand into 75,000, and 八成, 百分之八十 and 80% into the percentage 80. A
 * sentence <em>supports</em> the claim when it has at least half of the claim's words and every key
 * number (percentages, amounts of 100 or more); the earliest-published supporting sentence is
 * reported as the claim's origin. Passages are grouped by story id, which the signals contributor
 * writes, so a repost sits next to its origin.
 */
package dev.signaldesk.indexer.factcheck;
