package dev.signaldesk.api.cli;

import dev.signaldesk.api.model.SearchHitView;
import dev.signaldesk.api.model.SearchResponse;
import dev.signaldesk.api.services.InstantParameter;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Prints a {@link SearchResponse} for a person at a terminal: numbered hits with title, source,
 * date (China time, as the sources print it), URL and snippet.
 *
 * <p>Snippets arrive HTML-escaped with {@code <mark>} around matches; here they are unescaped and
 * the marks become ANSI bold (on a colour terminal) or 【】 brackets (anywhere else, including pipes,
 * so grep and less see plain text).
 */
final class TerminalResults {
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final boolean ansi;

  TerminalResults(boolean ansi) {
    this.ansi = ansi;
  }

  /** ANSI when stdout is a console and {@code NO_COLOR} is unset. */
  static TerminalResults forThisProcess() {
    return new TerminalResults(System.console() != null && System.getenv("NO_COLOR") == null);
  }

  void print(SearchResponse r, String query, PrintWriter out) {
    String what = query == null || query.isBlank() ? "all reports" : "'" + query + "'";
    out.println(
        (r.totalExact() ? "" : "at least ")
            + r.total()
            + (r.total() == 1 ? " result" : " results")
            + " for "
            + what);
    if (!r.facets().isEmpty()) {
      out.println(
          facetLine(r.facets()) + (r.facetsSampled() ? "  (counts estimated from a sample)" : ""));
    }
    int n = 0;
    for (SearchHitView h : r.hits()) {
      out.println();
      out.println(
          ++n + ". " + (h.title() == null || h.title().isBlank() ? "(untitled)" : h.title()));
      out.println("   " + h.source() + " · " + h.kind() + " · " + day(h.publishedAt()));
      if (h.url() != null) {
        out.println("   " + h.url());
      }
      if (h.snippet() != null && !h.snippet().isBlank()) {
        out.println("   " + snippet(h.snippet()));
      }
      out.println("   id: " + h.id());
    }
    if (r.nextCursor() != null) {
      out.println();
      out.println("More: add --cursor " + r.nextCursor());
    }
  }

  /** Unescapes the snippet's HTML and shows the marks. */
  String snippet(String html) {
    String open = ansi ? BOLD : "【";
    String close = ansi ? RESET : "】";
    String text = html.replace("<mark>", open).replace("</mark>", close).replaceAll("\\s+", " ");
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
        .strip(); // not trim(): that would also cut a leading ESC of an ANSI code
  }

  private static String day(String iso) {
    if (iso == null) {
      return "undated";
    }
    return LocalDate.ofInstant(Instant.parse(iso), InstantParameter.MARKET_ZONE).toString();
  }

  private static String facetLine(Map<String, Map<String, Long>> facets) {
    StringBuilder b = new StringBuilder();
    for (String dim : new String[] {"source", "kind"}) {
      Map<String, Long> counts = facets.get(dim);
      if (counts == null || counts.isEmpty()) {
        continue;
      }
      b.append(b.isEmpty() ? "" : "  ").append(dim).append(": ");
      StringBuilder values = new StringBuilder();
      counts.forEach(
          (v, c) -> values.append(values.isEmpty() ? "" : ", ").append(v).append(" ").append(c));
      b.append(values);
    }
    return b.toString();
  }
}
