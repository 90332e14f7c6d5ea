package dev.signaldesk.crawler.crawl;

import java.util.List;
import java.util.Locale;

/** What one crawl pass did, per source. */
public record CrawlSummary(List<SourceSummary> sources) {
  private static final int MAX_ERROR_LINES = 10;

  public CrawlSummary {
    sources = List.copyOf(sources);
  }

  /** A table for the terminal, then up to ten error lines per source. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    String row = "%-16s %10s %8s %8s %7s %8s %7s %6s %6s%n";
    sb.append(
        String.format(
            Locale.ROOT,
            row,
            "source",
            "discovered",
            "fetched",
            "304",
            "robots",
            "blocked",
            "errors",
            "new",
            "dups"));
    for (SourceSummary s : sources) {
      sb.append(
          String.format(
              Locale.ROOT,
              row,
              s.sourceId(),
              s.discovered(),
              s.fetched(),
              s.notModified(),
              s.robotsDenied(),
              s.blocked(),
              s.errors(),
              s.newDocuments(),
              s.duplicates()));
    }
    for (SourceSummary s : sources) {
      List<String> lines = s.errorMessages();
      for (int i = 0; i < Math.min(MAX_ERROR_LINES, lines.size()); i++) {
        sb.append(s.sourceId()).append(": ").append(lines.get(i)).append('\n');
      }
      if (lines.size() > MAX_ERROR_LINES) {
        sb.append(s.sourceId())
            .append(": ... and ")
            .append(lines.size() - MAX_ERROR_LINES)
            .append(" more\n");
      }
    }
    return sb.toString();
  }
}
