/**
 * Fetching, politeness, source adapters, article extraction, WARC archiving and chat-export import.
 * Plain Java, no Micronaut: the api module wires these classes with one factory.
 */
package dev.signaldesk.crawler;
