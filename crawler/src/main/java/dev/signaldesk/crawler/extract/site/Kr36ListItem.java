package dev.signaldesk.crawler.extract.site;

import java.time.OffsetDateTime;

/**
 * One entry of a 36Kr list page ({@code information.informationList.itemList}).
 *
 * @param itemId the article id ({@code /p/<itemId>})
 * @param title {@code templateMaterial.widgetTitle}
 * @param publishedAt {@code publishTime} (epoch ms) at +08:00; null when absent
 * @param url absolute article URL {@code https://www.36kr.com/p/<itemId>}
 */
public record Kr36ListItem(long itemId, String title, OffsetDateTime publishedAt, String url) {}
