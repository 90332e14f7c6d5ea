package dev.signaldesk.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.crawler.fetch.ArchiveRef;
import dev.signaldesk.crawler.fetch.Exchange;
import dev.signaldesk.crawler.fetch.TestClock;
import dev.signaldesk.crawler.fetch.Truncation;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

class WarcFileWriterTest {
  @TempDir Path data;
  private final TestClock clock = TestClock.at("2026-11-28T08:00:00Z");

  private Exchange exchange(String url, int status, String body) {
    return new Exchange(
        URI.create(url),
        "GET",
        Map.of("User-Agent", List.of("SignalDeskBot/1.0")),
        status,
        Map.of(
            "Content-Type", List.of("text/html; charset=utf-8"),
            "Content-Encoding", List.of("gzip"),
            "ETag", List.of("\"abc\"")),
        body.getBytes(StandardCharsets.UTF_8),
        Truncation.NONE,
        clock.instant());
  }

  @Test
  void writesResponseAndRequestRecordsJwarcCanRead() throws IOException {
    Path dir = data.resolve("archive");
    ArchiveRef ref;
    try (WarcFileWriter w = new WarcFileWriter(dir, 1_000_000, clock)) {
      ref = w.record(exchange("http://example.org/p/1?f=rss", 200, "<p>H100 月租 7.5 万</p>"));
    }
    List<String> types = new ArrayList<>();
    try (WarcReader reader = new WarcReader(dir.resolve(ref.warcFile()))) {
      String responseId = null;
      for (WarcRecord rec : reader) {
        types.add(rec.type());
        if (rec instanceof WarcResponse resp) {
          responseId = resp.id().toString();
          assertThat("<" + resp.id() + ">").isEqualTo(ref.recordId());
          assertThat(resp.target()).isEqualTo("http://example.org/p/1?f=rss");
          assertThat(resp.date()).isEqualTo(clock.instant());
          assertThat(resp.payloadDigest()).isPresent();
          var http = resp.http();
          assertThat(http.status()).isEqualTo(200);
          assertThat(http.headers().first("X-SignalDesk-Decoded-From")).contains("gzip");
          assertThat(http.headers().first("Content-Encoding")).isEmpty();
          assertThat(http.headers().first("ETag")).contains("\"abc\"");
          assertThat(new String(http.body().stream().readAllBytes(), StandardCharsets.UTF_8))
              .isEqualTo("<p>H100 月租 7.5 万</p>");
        } else if (rec instanceof WarcRequest req) {
          assertThat(req.concurrentTo()).extracting(Object::toString).containsExactly(responseId);
          assertThat(req.http().headers().first("User-Agent")).contains("SignalDeskBot/1.0");
        }
      }
    }
    assertThat(types).containsExactly("warcinfo", "response", "request");
  }

  @Test
  void archiveReadsBackTheResponseByRecordId() throws IOException {
    Path dir = data.resolve("archive");
    ArchiveRef first;
    ArchiveRef second;
    try (WarcFileWriter w = new WarcFileWriter(dir, 1_000_000, clock)) {
      first = w.record(exchange("http://example.org/a", 200, "first"));
      second = w.record(exchange("http://example.org/b", 404, "gone"));
    }
    WarcArchive archive = new WarcArchive(dir);
    ArchivedResponse r = archive.read(second.warcFile(), second.recordId()).orElseThrow();
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.targetUri()).isEqualTo(URI.create("http://example.org/b"));
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("gone");
    assertThat(r.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(archive.read(first.warcFile(), "<urn:uuid:00000000-0000-0000-0000-000000000000>"))
        .isEmpty();
  }

  @Test
  void rotatesPastTheSizeLimitAndNeverAppendsToAnOldFile() throws IOException {
    Path dir = data.resolve("archive");
    List<String> files = new ArrayList<>();
    try (WarcFileWriter w = new WarcFileWriter(dir, 2_000, clock)) {
      for (int i = 0; i < 6; i++) {
        files.add(w.record(exchange("http://example.org/" + i, 200, noise(1500 + i))).warcFile());
      }
    }
    assertThat(files.stream().distinct().count()).isGreaterThan(2);
    String last = files.get(files.size() - 1);
    try (WarcFileWriter again = new WarcFileWriter(dir, 2_000, clock)) {
      assertThat(again.record(exchange("http://example.org/next", 200, "n")).warcFile())
          .isNotIn(files);
    }
    WarcArchive.ScanReport scan = new WarcArchive(dir).forEachResponse(r -> {});
    assertThat(scan.responses()).isEqualTo(7);
    assertThat(scan.errors()).isEmpty();
    assertThat(last).endsWith(".warc.gz");
  }

  @Test
  void fileCutShortByACrashStillYieldsEarlierRecords() throws IOException {
    Path dir = data.resolve("archive");
    ArchiveRef ref;
    try (WarcFileWriter w = new WarcFileWriter(dir, 1_000_000, clock)) {
      ref = w.record(exchange("http://example.org/kept", 200, "kept"));
      w.record(exchange("http://example.org/lost", 200, noise(6000)));
    }
    Path file = dir.resolve(ref.warcFile());
    long size = Files.size(file);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(size - 3000);
    }
    WarcArchive archive = new WarcArchive(dir);
    assertThat(archive.read(ref.warcFile(), ref.recordId())).isPresent();
    List<String> seen = new ArrayList<>();
    WarcArchive.ScanReport scan = archive.forEachResponse(r -> seen.add(r.targetUri().getPath()));
    assertThat(seen).startsWith("/kept").doesNotContain("/lost");
    assertThat(scan.errors()).isNotEmpty();
  }

  /** Text that gzip cannot shrink much, so file sizes are predictable. */
  private static String noise(int length) {
    java.util.Random random = new java.util.Random(length);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }

  @Test
  void readRefusesPathsOutsideTheArchive() {
    WarcArchive archive = new WarcArchive(data.resolve("archive"));
    assertThatThrownBy(() -> archive.read("../secret.warc.gz", "<urn:uuid:x>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("warcFile");
  }
}
