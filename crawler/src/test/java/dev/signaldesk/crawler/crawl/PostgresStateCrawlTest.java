package dev.signaldesk.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.crawler.fetch.TestConfigs;
import dev.signaldesk.crawler.state.CrawlStateStore;
import dev.signaldesk.crawler.state.UrlStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The crawl state in PostgreSQL: the same Flyway migrations and SQL as on H2. Runs only when {@code
 * SIGNALDESK_PG_URL} names a database (e.g. {@code
 * jdbc:postgresql://127.0.0.1:5432/crawlstate?user=signaldesk}); each test works in a fresh schema
 * that it drops afterwards.
 */
@EnabledIfEnvironmentVariable(named = "SIGNALDESK_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresStateCrawlTest extends LocalSiteTest {
  private static final String BASE_URL = System.getenv("SIGNALDESK_PG_URL");

  private final String schema = "sd_test_" + Long.toHexString(System.nanoTime());
  private String stateUrl;

  @BeforeEach
  void freshSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(BASE_URL)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    stateUrl = BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    bed.crawler = TestConfigs.withState(stateUrl);
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(BASE_URL)) {
      c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void crawlStateLivesInPostgresAndASecondPassFetchesNothingAlreadyStored() {
    feedOf("/news/1.html", "/news/2.html");
    for (int i = 1; i <= 2; i++) {
      wm.stubFor(
          get("/news/" + i + ".html")
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "text/html; charset=utf-8")
                      .withBody(Pages.article("报道" + i, i, "/news/" + i, null))));
    }
    SourceSummary first;
    SourceSummary second;
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      first = runner.runOnce(Set.of()).sources().get(0);
    }
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      second = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(first.errorMessages()).isEmpty();
    assertThat(first.newDocuments()).isEqualTo(2);
    assertThat(second.discovered()).isZero();
    assertThat(second.fetched()).isZero();
    wm.verify(1, getRequestedFor(urlEqualTo("/news/1.html")));
    try (CrawlStateStore store = new CrawlStateStore(stateUrl, null, null)) {
      assertThat(store.counts("watch")).containsEntry(UrlStatus.FETCHED, 2);
      assertThat(store.get(url("/news/1.html")).orElseThrow().warcRecordId())
          .startsWith("<urn:uuid:");
    }
  }
}
