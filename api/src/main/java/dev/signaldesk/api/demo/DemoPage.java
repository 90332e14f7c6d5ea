package dev.signaldesk.api.demo;

import dev.signaldesk.model.Report;

/**
 * The HTML page archived for a demo article. The corpus holds plain text, not the page a site would
 * serve, so the page is built from the report: a {@code signaldesk-demo} meta tag and a visible
 * banner say it is synthetic, and every text is escaped (the snapshot endpoint serves it as an
 * attachment anyway).
 */
final class DemoPage {
  static final String CONTENT_TYPE = "text/html; charset=utf-8";

  private DemoPage() {}

  static String html(Report r) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(r.language() == null ? "zh" : r.language()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"signaldesk-demo\" content=\"synthetic\">\n")
        .append("<title>")
        .append(escape(r.title()))
        .append("</title>\n</head>\n<body>\n")
        .append("<p class=\"signaldesk-demo\">SignalDesk demo corpus: a synthetic page, not an")
        .append(" archived copy of a real article.</p>\n<article>\n<h1>")
        .append(escape(r.title()))
        .append("</h1>\n");
    if (r.author() != null) {
      b.append("<p class=\"author\">").append(escape(r.author())).append("</p>\n");
    }
    if (r.publishedAt() != null) {
      b.append("<time datetime=\"").append(r.publishedAt()).append("\"></time>\n");
    }
    for (String paragraph : r.text().split("\n\n")) {
      b.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    return b.append("</article>\n</body>\n</html>\n").toString();
  }

  private static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
