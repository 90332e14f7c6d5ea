/**
 * One adapter per kind of site ({@link dev.signaldesk.crawler.source.SourceAdapter}), built from
 * its {@code SourceConfig} by {@link dev.signaldesk.crawler.source.SourceAdapters}: where article
 * URLs come from (36Kr RSS, Jiazi home cards or id probing, configured WeChat URLs, any RSS/Atom
 * feed, sitemaps and sitemap indexes) and which parser of the {@code extract} package reads an
 * article page. Adapters fetch only through the {@link dev.signaldesk.crawler.source.SourceContext}
 * they are given, so politeness, archiving and state stay in one place, and every adapter works
 * against a local server by changing its base URL (links to the public site are rebased onto it).
 */
package dev.signaldesk.crawler.source;
