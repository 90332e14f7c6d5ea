package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.corpus.ChatExportWriter;
import dev.signaldesk.bench.corpus.SyntheticCorpus;
import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import dev.signaldesk.crawler.chat.ChatImporter;
import dev.signaldesk.crawler.chat.ImportOptions;
import dev.signaldesk.crawler.chat.ImportSummary;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Chat import: a large generated WeChat MemoTrace CSV export imported twice — into a sink that only
 * counts (decoding, format detection, parsing, pseudonymising, redaction: the importer's own cost)
 * and into the real index with signal enrichment (the cost a user waits for).
 */
final class ChatImportScenario implements Scenario {

  @Override
  public String name() {
    return "chat-import";
  }

  @Override
  public List<ScenarioResult> run(BenchContext ctx, long documents) throws IOException {
    Path dir = Files.createTempDirectory(ctx.work(), "chat-");
    try {
      Path export = dir.resolve("算力二手群_20261128.csv");
      long messages =
          ChatExportWriter.write(
              new SyntheticCorpus(ctx.corpus(ctx.profile().chatDocuments())).reports(), export);
      ctx.progress("chat export: %,d messages, %.1f MB", messages, Files.size(export) / 1e6);
      ChatImporter importer = new ChatImporter(dir.resolve("data"), ctx.clock());
      List<ScenarioResult> rows = new ArrayList<>();

      ScenarioResult.Builder parseRow =
          ScenarioResult.ok(name(), "parse only (counting sink)", messages);
      CountingSink counting = new CountingSink();
      long t0 = System.nanoTime();
      ImportSummary parsed = importer.importFile(export, ImportOptions.defaults(), counting);
      double parseSeconds = (System.nanoTime() - t0) / 1e9;
      rows.add(summaryRow(parseRow, parsed, parseSeconds).build());

      ScenarioResult.Builder indexRow = ScenarioResult.ok(name(), "into the index", messages);
      try (ReportIndex index = Pipeline.open(dir.resolve("index"), ctx.config(), ctx.clock())) {
        long t1 = System.nanoTime();
        ImportSummary imported = importer.importFile(export, ImportOptions.defaults(), index);
        double seconds = (System.nanoTime() - t1) / 1e9;
        rows.add(summaryRow(indexRow, imported, seconds).build());
      }
      return rows;
    } finally {
      PreparedIndexes.deleteTree(dir);
    }
  }

  private static ScenarioResult.Builder summaryRow(
      ScenarioResult.Builder row, ImportSummary s, double seconds) {
    row.add(Metric.of("messages_per_s", s.messagesRead() / seconds, "messages/s"))
        .add(Metric.of("imported", s.imported(), "messages"))
        .add(Metric.of("rejected", s.rejected(), "messages"));
    if (s.rejected() > 0 && !s.problems().isEmpty()) {
      row.note("first problem: " + s.problems().get(0));
    }
    return row;
  }

  /** A sink that keeps nothing: measures the importer alone. */
  private static final class CountingSink implements ReportSink {
    private long count;

    @Override
    public void upsert(Report report) {
      count++;
    }

    @Override
    public boolean contains(String id) {
      return false;
    }

    @Override
    public void commit() {
      // Nothing is kept, so nothing to make durable.
    }
  }
}
