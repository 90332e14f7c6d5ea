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
 * <p>{@link dev.signaldesk.indexer.search.SearchService} runs a request in one pass that collects
 * the page (top-N by relevance or date, each tie broken by report id, continued with {@code
 * searchAfter} from an opaque cursor), the exact total and, only when {@link
 * dev.signaldesk.indexer.search.SearchOptions#facets()} asks, the facet counts of the whole result
 * set from doc values. Stored fields and snippets are read only for the hits of the page, so the
 * cost of a search grows with the number of matches scanned, not with the size of what is read
 * back.
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
