package dev.signaldesk.crawler.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlStateStoreTest {
  @TempDir Path data;
  private final Instant now = Instant.parse("2026-11-28T08:00:00Z");

  @Test
  void statePersistsAcrossReopen() {
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      store.put(UrlState.discovered("https://36kr.com/p/3001", "36kr", now));
      store.put(
          UrlState.discovered("https://36kr.com/p/3002", "36kr", now)
              .stored(
                  UrlStatus.FETCHED,
                  "\"e1\"",
                  "Tue, 24 Nov 2026 10:00:00 GMT",
                  "abc",
                  "f.warc.gz",
                  "<urn:uuid:1>",
                  "news-1",
                  null,
                  now.plus(Duration.ofDays(7)),
                  now));
    }
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      UrlState s = store.get("https://36kr.com/p/3002").orElseThrow();
      assertThat(s.status()).isEqualTo(UrlStatus.FETCHED);
      assertThat(s.etag()).isEqualTo("\"e1\"");
      assertThat(s.warcRecordId()).isEqualTo("<urn:uuid:1>");
      assertThat(s.nextFetchAt()).isEqualTo(now.plus(Duration.ofDays(7)));
      assertThat(store.counts("36kr"))
          .containsEntry(UrlStatus.DISCOVERED, 1)
          .containsEntry(UrlStatus.FETCHED, 1);
    }
  }

  @Test
  void dueListsPendingAndRevisitableUrlsButNotExhaustedOnes() {
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      store.put(UrlState.discovered("u1", "s", now));
      UrlState failedOnce =
          UrlState.discovered("u2", "s", now)
              .failed(UrlStatus.FETCH_ERROR, null, "503", now.plusSeconds(60), now);
      store.put(failedOnce);
      UrlState exhausted = UrlState.discovered("u3", "s", now);
      for (int i = 0; i < 5; i++) {
        exhausted = exhausted.failed(UrlStatus.FETCH_ERROR, null, "timeout", now, now);
      }
      store.put(exhausted);
      store.put(UrlState.discovered("other", "t", now));
      assertThat(store.due("s", now, 5, 100)).extracting(UrlState::url).containsExactly("u1");
      assertThat(store.due("s", now.plusSeconds(60), 5, 100))
          .extracting(UrlState::url)
          .containsExactly("u1", "u2");
    }
  }

  @Test
  void findsStoredUrlByContentDigest() {
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      store.put(
          UrlState.discovered("a", "s", now)
              .stored(UrlStatus.FETCHED, null, null, "d1", null, null, "news-a", null, null, now));
      store.put(UrlState.discovered("b", "s", now));
      assertThat(store.findStoredByContent("d1", "news-b")).map(UrlState::url).contains("a");
      assertThat(store.findStoredByContent("d1", "news-a")).isEmpty();
      assertThat(store.findStoredByContent("d2", null)).isEmpty();
    }
  }

  @Test
  void migrationsAreTrackedInTheirOwnHistoryTable() throws Exception {
    CrawlStateStore.openH2(data).close();
    try (var c = DriverManager.getConnection(CrawlStateStore.h2Url(data), "sa", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT \"version\" FROM \"" + CrawlStateStore.HISTORY_TABLE + "\"")) {
      List<String> versions = new java.util.ArrayList<>();
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
      assertThat(versions).contains("1");
    }
  }
}
