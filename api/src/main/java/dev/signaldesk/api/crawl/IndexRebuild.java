package dev.signaldesk.api.crawl;

import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.crawler.crawl.ArchiveReindexer;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * {@code signaldesk reindex}: rebuilds every document in place, without the network.
 *
 * <p>Crawled articles are parsed again from their archived responses ({@link ArchiveReindexer}), so
 * parser fixes reach them. Documents that have no archived response (imported chat messages, demo
 * articles whose snapshot the crawl state does not know) are kept: each is written again from its
 * stored report, so its derived fields (signals, stories) follow the current configuration. Nothing
 * is deleted. A deleted index directory gets the crawled articles back from the archive; chat
 * messages then need importing again (their raw files are kept only with {@code --keep-raw}).
 */
public final class IndexRebuild {
  private final SignalDeskConfig config;
  private final Path dataDir;
  private final ReportIndex index;

  public IndexRebuild(SignalDeskConfig config, Path dataDir, ReportIndex index) {
    this.config = config;
    this.dataDir = dataDir;
    this.index = index;
  }

  /**
   * What a rebuild did.
   *
   * @param archive what re-parsing the archive did
   * @param kept stored documents without an archived response, written again from their report
   */
  public record Result(ArchiveReindexer.Summary archive, int kept) {
    public String format() {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              "archive: %d responses read, %d documents rebuilt, %d skipped, %d errors%n",
              archive.responsesRead(),
              archive.reindexed(),
              archive.skipped(),
              archive.errors().size()));
      b.append(String.format("kept in place (chat, demo): %d documents refreshed%n", kept));
      archive.errors().stream().limit(20).forEach(e -> b.append("  ").append(e).append('\n'));
      return b.toString();
    }
  }

  public Result run() {
    Set<String> rebuilt = new HashSet<>();
    ReportSink recording =
        new ReportSink() {
          @Override
          public void upsert(Report report) {
            rebuilt.add(report.id());
            index.upsert(report);
          }

          @Override
          public boolean contains(String id) {
            return index.contains(id);
          }

          @Override
          public void commit() {
            index.commit();
          }
        };
    ArchiveReindexer.Summary archive = new ArchiveReindexer(config, dataDir, recording).run();
    int kept = 0;
    for (String id : storedIds()) {
      if (!rebuilt.contains(id)) {
        var report = index.get(id);
        if (report.isPresent()) {
          index.upsert(report.get());
          kept++;
        }
      }
    }
    index.commit();
    return new Result(archive, kept);
  }

  /** Ids of every report document committed before the rebuild started. */
  private List<String> storedIds() {
    return index.withSearcher(
        searcher -> {
          int n = Math.max(1, searcher.getIndexReader().maxDoc());
          TopDocs top = searcher.search(ReportIndex.reportsOnly(), n);
          StoredFields stored = searcher.storedFields();
          List<String> ids = new ArrayList<>();
          for (ScoreDoc d : top.scoreDocs) {
            String id = stored.document(d.doc, Set.of(ReportFields.ID)).get(ReportFields.ID);
            if (id != null) {
              ids.add(id);
            }
          }
          return ids;
        });
  }
}
