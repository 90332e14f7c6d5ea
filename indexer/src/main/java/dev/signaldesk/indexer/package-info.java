/**
 * The Lucene index, analysis, search, signal extraction and saved-query matching. Plain Java, no
 * Micronaut: the api module wires these classes with one factory.
 */
package dev.signaldesk.indexer;
