package dev.signaldesk.bench.report;

import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders a run as Markdown: the machine, then one table row per metric with its baseline, the
 * ratio and the target verdict. {@link #updateDocs} replaces the part of {@code docs/benchmarks.md}
 * between the result markers and leaves the prose around it alone.
 */
public final class MarkdownTable {

  public static final String START = "<!-- bench-results:start -->";
  public static final String END = "<!-- bench-results:end -->";

  private MarkdownTable() {}

  public static String render(BenchRun run) {
    StringBuilder md = new StringBuilder();
    md.append("Run of ")
        .append(run.date())
        .append(", commit `")
        .append(run.commit())
        .append("`, profile `")
        .append(run.profile())
        .append("`. Machine: ")
        .append(run.machine().cores())
        .append(" cores, ")
        .append(fmt(run.machine().memoryGb()))
        .append(" GB RAM, ")
        .append(run.machine().jdk())
        .append(", ")
        .append(run.machine().os())
        .append(", bench JVM -Xmx")
        .append(Math.round(run.machine().maxHeapMb()))
        .append("m.\n\n");
    md.append(
        "| Scenario | Variant | Docs | Metric | Value | Baseline | Ratio | Target | Load | Heap after GC |\n");
    md.append("|---|---|---:|---|---:|---:|---:|---|---:|---:|\n");
    for (ScenarioResult r : run.results()) {
      if (r.status() != ScenarioResult.Status.OK) {
        rowStart(md, r)
            .append(r.status().name().toLowerCase(Locale.ROOT))
            .append(": ")
            .append(escape(r.note()))
            .append(" | | | | | ")
            .append(fmt(r.loadAverage()))
            .append(" | |\n");
        continue;
      }
      for (Metric m : r.metrics()) {
        rowStart(md, r)
            .append(m.name())
            .append(" | ")
            .append(fmt(m.value()))
            .append(' ')
            .append(m.unit())
            .append(" | ")
            .append(m.baseline() == null ? "" : fmt(m.baseline()))
            .append(" | ")
            .append(m.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f×", m.ratio()))
            .append(" | ")
            .append(target(m))
            .append(" | ")
            .append(fmt(r.loadAverage()))
            .append(" | ")
            .append(fmt(r.heapUsedMb()))
            .append(" MB |\n");
      }
    }
    md.append("\nNotes:\n\n");
    for (ScenarioResult r : run.results()) {
      if (r.status() == ScenarioResult.Status.OK && r.note() != null) {
        md.append("- ")
            .append(r.scenario())
            .append(r.variant().isEmpty() ? "" : " (" + r.variant() + ")")
            .append(", ")
            .append(String.format(Locale.ROOT, "%,d", r.documents()))
            .append(" docs: ")
            .append(escape(r.note()))
            .append('\n');
      }
    }
    return md.toString();
  }

  /**
   * Replaces the results section of {@code docs} with the tables of {@code runs}, one after the
   * other (creating the markers at the end if missing).
   */
  public static void updateDocs(Path docs, List<BenchRun> runs) throws IOException {
    String text = Files.exists(docs) ? Files.readString(docs) : "# Benchmarks\n\n";
    StringBuilder tables = new StringBuilder();
    for (BenchRun run : runs) {
      tables
          .append("### ")
          .append(run.date())
          .append(", commit ")
          .append(run.commit())
          .append(", ")
          .append(run.profile())
          .append("\n\n")
          .append(render(run))
          .append('\n');
    }
    String section = START + "\n" + tables + END;
    int s = text.indexOf(START);
    int e = text.indexOf(END);
    String updated =
        s >= 0 && e > s
            ? text.substring(0, s) + section + text.substring(e + END.length())
            : text + "\n" + section + "\n";
    Files.writeString(docs, updated);
  }

  /** The scenario, variant and size cells that start every row of {@code r}. */
  private static StringBuilder rowStart(StringBuilder md, ScenarioResult r) {
    return md.append("| ")
        .append(r.scenario())
        .append(" | ")
        .append(r.variant())
        .append(" | ")
        .append(String.format(Locale.ROOT, "%,d", r.documents()))
        .append(" | ");
  }

  private static String target(Metric m) {
    if (m.target() == null) {
      return "";
    }
    return (Boolean.TRUE.equals(m.targetMet()) ? "met " : "**missed** ") + escape(m.target());
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String escape(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }
}
