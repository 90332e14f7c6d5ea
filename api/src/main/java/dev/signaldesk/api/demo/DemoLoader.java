package dev.signaldesk.api.demo;

import dev.signaldesk.crawler.archive.WarcFileWriter;
import dev.signaldesk.crawler.chat.ChatImporter;
import dev.signaldesk.crawler.chat.ImportOptions;
import dev.signaldesk.crawler.chat.ImportSummary;
import dev.signaldesk.crawler.fetch.ArchiveRef;
import dev.signaldesk.crawler.fetch.Exchange;
import dev.signaldesk.crawler.fetch.Truncation;
import dev.signaldesk.demo.ChatExport;
import dev.signaldesk.demo.DemoCorpus;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the bundled demo corpus the way real data arrives: each news article is written to the WARC
 * archive first (a synthetic response record, see {@link DemoPage}) and indexed with provenance
 * pointing at that record, so {@code /api/documents/{id}/snapshot} works in the demo; the chat
 * exports go through the {@link ChatImporter} with its defaults (format detection, pseudonymised
 * senders), exactly as a user's upload would.
 */
public final class DemoLoader {
  /** Response header on every demo record: the page was generated, never fetched. */
  public static final String DEMO_HEADER = "X-SignalDesk-Demo";

  private final ReportSink sink;
  private final ChatImporter importer;
  private final Path archiveDir;
  private final Clock clock;

  /**
   * @param archiveDir {@code <data>/archive}; the demo records go into a new WARC file there
   */
  public DemoLoader(ReportSink sink, ChatImporter importer, Path archiveDir, Clock clock) {
    this.sink = sink;
    this.importer = importer;
    this.archiveDir = archiveDir;
    this.clock = clock;
  }

  /**
   * What the demo loaded.
   *
   * @param news news reports indexed
   * @param chats one import summary per bundled chat export
   */
  public record Loaded(int news, List<ImportSummary> chats) {
    public Loaded {
      chats = List.copyOf(chats);
    }

    /** Chat messages imported over all exports. */
    public long chatMessages() {
      return chats.stream().mapToLong(ImportSummary::imported).sum();
    }
  }

  /** Archives and indexes every news report, imports every chat export, commits. */
  public Loaded load(DemoCorpus corpus) {
    try (WarcFileWriter warc = new WarcFileWriter(archiveDir, Long.MAX_VALUE, clock)) {
      for (Report r : corpus.reports()) {
        sink.upsert(withSnapshot(r, warc.record(exchange(r))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo archive in " + archiveDir, e);
    }
    sink.commit();
    List<ImportSummary> chats = new ArrayList<>();
    for (ChatExport export : corpus.chatExports()) {
      chats.add(
          importer.importFile(
              new ByteArrayInputStream(export.bytes()),
              export.fileName(),
              ImportOptions.defaults(),
              sink));
    }
    sink.commit();
    return new Loaded(corpus.reports().size(), chats);
  }

  private static Exchange exchange(Report r) {
    byte[] body = DemoPage.html(r).getBytes(StandardCharsets.UTF_8);
    return new Exchange(
        URI.create(r.url()),
        "GET",
        Map.of(),
        200,
        Map.of(
            "Content-Type",
            List.of(DemoPage.CONTENT_TYPE),
            DEMO_HEADER,
            List.of("synthetic page generated from the bundled demo corpus, never fetched")),
        body,
        Truncation.NONE,
        r.fetchedAt());
  }

  private static Report withSnapshot(Report r, ArchiveRef ref) {
    Provenance demo = r.provenance();
    Provenance p =
        new Provenance(
            Provenance.Origin.DEMO,
            DemoPage.CONTENT_TYPE,
            ref.warcFile(),
            ref.recordId(),
            demo == null ? null : demo.importFile(),
            "demo",
            null);
    return new Report(
        r.id(),
        r.sourceId(),
        r.kind(),
        r.url(),
        r.canonicalUrl(),
        r.title(),
        r.text(),
        r.author(),
        r.language(),
        r.publishedAt(),
        r.fetchedAt(),
        r.contentSha256(),
        p,
        r.chat());
  }
}
