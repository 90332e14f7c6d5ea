/**
 * Search over the report index: a safe user query syntax, filters, sorting, cursor paging,
 * highlighted snippets and facet counts.
 */
package dev.signaldesk.indexer.search;
