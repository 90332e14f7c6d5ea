package dev.signaldesk.api.reliability;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.api.signals.SignalWiring;
import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.crawler.crawl.CrawlRunner;
import dev.signaldesk.crawler.crawl.CrawlSummary;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The child JVM of {@link CrawlCrashSafetyTest}: one crawl pass as {@code signaldesk crawl} runs it
 * (the config file's sources, the index with the server's signal contributors, H2 crawl state and
 * WARC archive under the data directory), with the sink wrapped so that it announces what it does:
 * {@code upsert <id>} when a report is handed to the index and {@code committed <id> …} once the
 * index commit that made those reports durable has returned. At the end it prints {@code done <new
 * documents> <duplicates>}. The parent kills it with SIGKILL at one of those lines.
 *
 * <p>Arguments: data directory, config file.
 */
public final class CrawlIngestChild {

  private CrawlIngestChild() {}

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    SignalDeskConfig config = new ConfigLoader().load(Path.of(args[1]));
    Clock clock = Clock.systemUTC();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (ReportIndex index =
            ReportIndex.open(
                new DataLayout(data).index(),
                config.index(),
                SignalWiring.contributors(config, clock));
        CrawlRunner runner =
            new CrawlRunner(
                config,
                data,
                announcing(index, out),
                clock,
                HttpFetcher.newClient(config.crawler()))) {
      CrawlSummary summary = runner.runOnce(Set.of());
      int added = summary.sources().stream().mapToInt(s -> s.newDocuments()).sum();
      int duplicates = summary.sources().stream().mapToInt(s -> s.duplicates()).sum();
      out.println("done " + added + " " + duplicates);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ReportSink announcing(ReportIndex index, PrintStream out) {
    List<String> batch = new ArrayList<>();
    return new ReportSink() {
      @Override
      public void upsert(Report report) {
        index.upsert(report);
        batch.add(report.id());
        out.println("upsert " + report.id());
      }

      @Override
      public boolean contains(String id) {
        return index.contains(id);
      }

      @Override
      public Optional<Report> get(String id) {
        return index.get(id);
      }

      @Override
      public void commit() {
        index.commit();
        out.println("committed " + String.join(" ", batch));
        batch.clear();
      }
    };
  }
}
