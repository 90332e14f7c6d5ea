/**
 * Turning fetched bytes into articles: pure functions over bytes and strings, no network.
 *
 * <p>The pipeline a fetcher runs is: {@link dev.signaldesk.crawler.extract.CharsetDecoder} (bytes
 * to text, never silent mojibake), {@link dev.signaldesk.crawler.extract.PageClassifier} (is this
 * an article at all, or a captcha, challenge, soft 404 or deleted page?), then a site parser from
 * {@code extract.site} when the host has one, else the generic {@link
 * dev.signaldesk.crawler.extract.ArticleExtractor}. {@link
 * dev.signaldesk.crawler.extract.UrlCanonicalizer} gives every article one URL so reposts and
 * tracking variants collapse to the same document id.
 *
 * <p>The generic extractor is a readability-style block scorer: paragraphs score by length and
 * punctuation (Chinese and Latin punctuation both count), scores flow to the parent and grandparent
 * containers, link density and boilerplate class names pull scores down, and the winning container
 * plus similar siblings is serialised paragraph by paragraph. Structured data (JSON-LD, {@code
 * itemprop=articleBody}) is preferred when present because publishers annotate it deliberately.
 */
package dev.signaldesk.crawler.extract;
