package dev.signaldesk.crawler.extract.site;

import dev.signaldesk.crawler.extract.ExtractedArticle;

/**
 * A 36Kr article.
 *
 * @param article the extracted article ({@code extractor} is {@code 36kr-state} or {@code
 *     36kr-dom})
 * @param summary the editor's summary from the state ({@code summary}); null from the DOM
 * @param stateProblem why the embedded state was not used (encrypted, missing, malformed); null
 *     when it was
 */
public record Kr36Article(ExtractedArticle article, String summary, String stateProblem) {}
