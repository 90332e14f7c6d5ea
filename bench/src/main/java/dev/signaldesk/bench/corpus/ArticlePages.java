package dev.signaldesk.bench.corpus;

import dev.signaldesk.model.Report;
import java.time.format.DateTimeFormatter;

/**
 * Renders a news report as the HTML page a crawler would fetch: head metadata, site navigation, the
 * article with its byline, a related-articles list with other dates, and a footer. The boilerplate
 * is what makes article extraction real work; its size (a few KB) is typical of the sites we crawl.
 */
public final class ArticlePages {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private ArticlePages() {}

  /** The page of {@code report} (a NEWS report from {@link SyntheticCorpus}). */
  public static String render(Report report) {
    boolean zh = "zh".equals(report.language());
    String day = report.publishedAt().atZone(SyntheticCorpus.MARKET_ZONE).toLocalDate().format(DAY);
    StringBuilder html = new StringBuilder(report.text().length() * 3 + 4000);
    html.append("<!DOCTYPE html><html lang=\"")
        .append(report.language())
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(report.title()))
        .append(zh ? "｜算力观察" : " | Compute Desk")
        .append("</title><meta property=\"og:title\" content=\"")
        .append(escape(report.title()))
        .append("\"><meta property=\"article:published_time\" content=\"")
        .append(report.publishedAt().atZone(SyntheticCorpus.MARKET_ZONE).toOffsetDateTime())
        .append("\"><link rel=\"canonical\" href=\"")
        .append(report.canonicalUrl())
        .append("\"><script>window.analytics={site:'bench',page:'article'};</script>")
        .append("<style>.nav li{display:inline}</style></head><body>");
    nav(html, zh);
    html.append("<div class=\"main\"><article><h1 class=\"article-title\">")
        .append(escape(report.title()))
        .append("</h1><div class=\"byline\"><span class=\"author\">")
        .append(escape(report.author() == null ? "" : report.author()))
        .append("</span> <span class=\"time\">")
        .append(day)
        .append("</span></div><div class=\"articleDetailContent\">");
    for (String paragraph : report.text().split("\n\n")) {
      html.append("<p>").append(escape(paragraph)).append("</p>");
    }
    html.append("</div></article>");
    related(html, zh, report);
    html.append("</div><footer><p>")
        .append(
            zh ? "版权所有 © 2026 算力观察 京ICP备00000000号" : "© 2026 Compute Desk. All rights reserved.")
        .append("</p><a href=\"/about\">")
        .append(zh ? "关于我们" : "About")
        .append("</a> <a href=\"/contact\">")
        .append(zh ? "联系我们" : "Contact")
        .append("</a></footer></body></html>");
    return html.toString();
  }

  private static void nav(StringBuilder html, boolean zh) {
    String[] items =
        zh
            ? new String[] {"首页", "快讯", "算力", "芯片", "智算中心", "投融资", "专题", "活动"}
            : new String[] {
              "Home", "News", "Compute", "Chips", "Data centres", "Funding", "Events"
            };
    html.append("<header><ul class=\"nav\">");
    for (int i = 0; i < items.length; i++) {
      html.append("<li><a href=\"/channel/")
          .append(i)
          .append("\">")
          .append(items[i])
          .append("</a></li>");
    }
    html.append("</ul></header>");
  }

  private static void related(StringBuilder html, boolean zh, Report report) {
    html.append("<aside class=\"related\"><h3>")
        .append(zh ? "相关阅读" : "Related")
        .append("</h3><ul>");
    long seed = report.id().hashCode();
    for (int i = 0; i < 6; i++) {
      long other = Math.floorMod(seed + i * 7919L, 1_000_000L);
      html.append("<li><a href=\"")
          .append(SyntheticCorpus.newsUrl(other))
          .append("\">")
          .append(zh ? "算力租赁市场周报（第" + (i + 1) + "期）" : "Compute market weekly, issue " + (i + 1))
          .append("</a> <span class=\"date\">2024-0")
          .append(1 + i)
          .append("-15</span></li>");
    }
    html.append("</ul></aside>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
