/**
 * Search over the report index: a safe user query syntax, filters, sorting, cursor paging,
 * highlighted snippets and facet counts.
 *
 * <p>{@link dev.signaldesk.indexer.search.UserQueryParser} is a small hand-written
 * recursive-descent parser rather than Lucene's classic query parser: it reports errors with exact
 * positions, and nothing expensive or dangerous (leading wildcards, regular expressions, fuzzy
 * queries, unlimited clause counts or nesting) is reachable from user input. It builds queries with
 * the {@link dev.signaldesk.indexer.analysis.QueryAnalyzer}, so synonyms and the GPU-model tokens
 * behave the same in queries as in the index. Which fields a user may name is decided by a {@link
 * dev.signaldesk.indexer.search.QueryFieldRegistry}, which other packages extend with their own
 * keyword and numeric fields.
 *
 * <p>{@link dev.signaldesk.indexer.search.SearchService} finds the page in one pass (top-N by
 * relevance or date, each tie broken by report id, continued with {@code searchAfter} from an
 * opaque cursor) that counts exactly only up to 10,000 matches, so that Lucene can skip the blocks
 * of matches that cannot make the page (block-max WAND, points for the date sort); when {@link
 * dev.signaldesk.indexer.search.SearchOptions#facets()} asks, a second pass without scores counts
 * the exact total and the facets from doc values, over the whole result or, above 20,000 matches,
 * over an even sample scaled to the total (flagged in the result). Stored fields and snippets are
 * read only for the hits of the page.
 *
 * <p>What depends only on the index reader is computed once per reader and kept in a {@link
 * dev.signaldesk.indexer.search.ReaderBoundCache}, dropped when the searcher is refreshed after a
 * commit: the highlighter (thread-safe, bound to a searcher) and the totals and facets of
 * query-less filters such as "all chats", which lets their page stop early instead of visiting
 * every match. Snippet sentences are cut by {@link
 * dev.signaldesk.indexer.search.PunctuationBreakIterator}, which the JDK's rule-based sentence
 * iterator cost several times over.
 */
package dev.signaldesk.indexer.search;
