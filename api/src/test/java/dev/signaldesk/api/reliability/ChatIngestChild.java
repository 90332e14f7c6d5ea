package dev.signaldesk.api.reliability;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.crawler.chat.ChatImporter;
import dev.signaldesk.crawler.chat.ImportOptions;
import dev.signaldesk.crawler.chat.ImportSummary;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The child JVM of {@link CrashSafetyTest}: imports one chat export into the on-disk index under
 * {@code <data>/index} and prints {@code committed <n>} after every durable commit (n = reports
 * handed over so far in this run), then {@code done <imported> <duplicates>}. The parent kills it
 * with SIGKILL at a random one of those lines.
 */
public final class ChatIngestChild {

  private ChatIngestChild() {}

  public static void main(String[] args) throws java.io.IOException {
    Path data = Path.of(args[0]);
    Path export = Path.of(args[1]);
    try (ReportIndex index =
        ReportIndex.open(data.resolve("index"), new ConfigLoader().defaults().index(), List.of())) {
      Set<String> handed = new HashSet<>();
      ReportSink announcing =
          new ReportSink() {
            @Override
            public void upsert(Report report) {
              index.upsert(report);
              handed.add(report.id());
            }

            @Override
            public boolean contains(String id) {
              return index.contains(id);
            }

            @Override
            public void commit() {
              index.commit();
              System.out.println("committed " + handed.size());
              System.out.flush();
            }
          };
      ImportSummary summary =
          new ChatImporter(data, Clock.systemUTC())
              .importFile(export, ImportOptions.defaults(), announcing);
      System.out.println("done " + summary.imported() + " " + summary.duplicates());
    }
  }
}
