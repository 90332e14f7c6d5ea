package dev.signaldesk.crawler.extract.site;

import dev.signaldesk.crawler.extract.ExtractedArticle;

/**
 * A WeChat official-account article.
 *
 * @param article the extracted article (author from {@code meta[name=author]}, falling back to the
 *     account)
 * @param account the account name ({@code #js_name}); null if absent
 */
public record WeChatArticle(ExtractedArticle article, String account) {}
