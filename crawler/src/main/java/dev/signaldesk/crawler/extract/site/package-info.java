/**
 * Parsers for the sites SignalDesk crawls, one class per site, each knowing that site's quirks.
 *
 * <p>36Kr embeds its state as {@code window.initialState=} followed by more JavaScript, so the
 * parser reads exactly one JSON value from that offset with a streaming parser; encrypted or
 * missing state falls back to the DOM. Jiazi Guangnian (jazzyear) has no feed and answers unknown
 * ids with a soft 404. WeChat hides the body with CSS and fills the visible date by JavaScript, so
 * the publish time is read from the inline {@code var ct} instead. Every parser returns a {@link
 * dev.signaldesk.crawler.extract.site.ParseResult}: a failure carries its reason instead of being
 * an empty value that looks like "nothing there".
 */
package dev.signaldesk.crawler.extract.site;
