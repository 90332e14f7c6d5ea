/**
 * The web UI: server-rendered Thymeleaf pages over the same services as the JSON API (search,
 * documents, signals, fact-check, saved queries), with htmx for partial updates and uPlot for
 * charts, both served from webjars.
 *
 * <p>Security is by construction: templates only use escaping output ({@code th:text}, attribute
 * setters); the one exception is the highlighter's snippet, which {@link MarkOnly} reduces to text
 * plus {@code <mark>} first. Pages carry a Content-Security-Policy without {@code unsafe-inline}
 * ({@link PageSecurityHeaders}), so all script and style lives in {@code /static}. Pages read as an
 * anonymous caller; write actions (saved queries) go to the JSON API from the browser with the key
 * the user typed, which stays in the tab's {@code sessionStorage}.
 *
 * <p>Labels come in English and Chinese ({@link UiLanguage}): a {@code lang} cookie set by the
 * switch link wins over {@code Accept-Language}.
 */
package dev.signaldesk.api.ui;
