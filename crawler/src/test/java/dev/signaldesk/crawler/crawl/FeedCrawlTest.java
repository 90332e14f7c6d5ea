package dev.signaldesk.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.signaldesk.crawler.archive.ArchivedResponse;
import dev.signaldesk.crawler.archive.WarcArchive;
import dev.signaldesk.crawler.fetch.TestConfigs;
import dev.signaldesk.crawler.state.CrawlStateStore;
import dev.signaldesk.crawler.state.UrlState;
import dev.signaldesk.crawler.state.UrlStatus;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A generic feed source end to end: discovery, fetch, archive, state, sink, re-crawl. */
class FeedCrawlTest extends LocalSiteTest {

  private static ResponseDefinitionBuilder html(String body) {
    return aResponse()
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withHeader("ETag", "\"" + Integer.toHexString(body.hashCode()) + "\"")
        .withBody(body);
  }

  private void article(String path, int story) {
    wm.stubFor(get(path).willReturn(html(Pages.article("报道" + path, story, path, null))));
  }

  @Test
  void feedArticlesReachTheSinkWithArchivedProvenance() throws Exception {
    feedOf("/news/1.html", "/news/2.html", "/news/3.html");
    article("/news/1.html", 0);
    article("/news/2.html", 1);
    article("/news/3.html", 2);
    CrawlSummary summary;
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      summary = runner.runOnce(Set.of());
    }
    SourceSummary s = summary.sources().get(0);
    assertThat(s.discovered()).isEqualTo(3);
    assertThat(s.fetched()).isEqualTo(3);
    assertThat(s.newDocuments()).isEqualTo(3);
    assertThat(s.errors()).as(s.errorMessages().toString()).isZero();
    assertThat(bed.sink.reports).hasSize(3);
    assertThat(bed.sink.commits).isPositive();

    Report r = bed.sink.byUrl(url("/news/2.html"));
    assertThat(r.id()).isEqualTo(ReportIds.forUrl(url("/news/2.html")));
    assertThat(r.sourceId()).isEqualTo("watch");
    assertThat(r.text()).contains("A100").contains("2.5元");
    assertThat(r.contentSha256()).isEqualTo(ReportIds.sha256Hex(ReportIds.normaliseText(r.text())));
    assertThat(r.fetchedAt()).isEqualTo(bed.clock.instant());
    Provenance p = r.provenance();
    assertThat(p.origin()).isEqualTo(Provenance.Origin.CRAWL);
    assertThat(p.contentType()).startsWith("text/html");
    ArchivedResponse archived =
        new WarcArchive(data.resolve("archive")).read(p.warcFile(), p.warcRecordId()).orElseThrow();
    assertThat(archived.targetUri().toString()).isEqualTo(url("/news/2.html"));
    assertThat(new String(archived.body(), StandardCharsets.UTF_8)).contains("A100");
    assertThat(summary.format()).contains("watch").contains("discovered");
  }

  @Test
  void everyResponseIsArchivedIncludingRobotsAndFeed() {
    feedOf("/news/1.html");
    article("/news/1.html", 0);
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      runner.runOnce(Set.of());
    }
    List<String> targets = new java.util.ArrayList<>();
    new WarcArchive(data.resolve("archive"))
        .forEachResponse(a -> targets.add(a.targetUri().getPath() + " " + a.status()));
    assertThat(targets).containsExactly("/robots.txt 404", "/feed.xml 200", "/news/1.html 200");
  }

  @Test
  void recrawlWithinRevisitTimeFetchesNothingAndLaterCostsA304() {
    feedOf("/news/1.html");
    wm.stubFor(
        get("/news/1.html")
            .withHeader("If-None-Match", absent())
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withHeader("ETag", "\"v1\"")
                    .withBody(Pages.article("报道", 0, "", null))));
    wm.stubFor(
        get("/news/1.html")
            .withHeader("If-None-Match", equalTo("\"v1\""))
            .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      runner.runOnce(Set.of());
      SourceSummary again = runner.runOnce(Set.of()).sources().get(0);
      assertThat(again.fetched() + again.notModified()).isZero();
      wm.verify(1, getRequestedFor(urlEqualTo("/news/1.html")));

      bed.clock.advance(TestConfigs.crawler().revisitAfter());
      SourceSummary later = runner.runOnce(Set.of()).sources().get(0);
      assertThat(later.notModified()).isEqualTo(1);
      assertThat(later.newDocuments()).isZero();
    }
    wm.verify(
        getRequestedFor(urlEqualTo("/news/1.html")).withHeader("If-None-Match", equalTo("\"v1\"")));
    assertThat(bed.sink.upserts).hasSize(1);
  }

  @Test
  void robotsDisallowedArticlesAreSkippedAndRecorded() {
    wm.stubFor(
        get("/robots.txt")
            .willReturn(aResponse().withBody("User-agent: *\nDisallow: /members/\n")));
    feedOf("/news/1.html", "/members/2.html");
    article("/news/1.html", 0);
    article("/members/2.html", 1);
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(s.robotsDenied()).isEqualTo(1);
    assertThat(bed.sink.reports).hasSize(1);
    wm.verify(0, getRequestedFor(urlEqualTo("/members/2.html")));
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      assertThat(store.get(url("/members/2.html")).orElseThrow().status())
          .isEqualTo(UrlStatus.ROBOTS_DENIED);
    }
  }

  @Test
  void crawlDelayAndMinimumDelaySpaceRequestsToOneHost() {
    bed.crawler = TestConfigs.crawler(Duration.ofSeconds(2), Duration.ofSeconds(5), 1_000_000, 0);
    wm.stubFor(
        get("/robots.txt").willReturn(aResponse().withBody("User-agent: *\nCrawl-delay: 5\n")));
    feedOf("/news/1.html", "/news/2.html");
    article("/news/1.html", 0);
    article("/news/2.html", 1);
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      runner.runOnce(Set.of());
    }
    // robots.txt, then feed and two articles each 5 s (Crawl-delay beats the 2 s minimum) apart
    assertThat(bed.clock.sleeps())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @Test
  void sameArticleUnderTwoUrlsIsStoredOnce() {
    feedOf("/news/1.html?utm_source=wechat", "/news/1.html", "/mirror/1.html");
    article("/news/1.html", 0);
    wm.stubFor(
        get("/mirror/1.html")
            .willReturn(
                html(Pages.article("报道/news/1.html", 0, "/news/1.html", url("/news/1.html")))));
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(bed.sink.reports).hasSize(1);
    assertThat(s.duplicates()).isEqualTo(1);
    wm.verify(1, getRequestedFor(urlEqualTo("/news/1.html")));
  }

  @Test
  void identicalBodiesAtDifferentUrlsAreStoredOnce() {
    feedOf("/news/1.html", "/copy/1.html");
    String page = Pages.article("同一篇报道", 3, "", null);
    wm.stubFor(get("/news/1.html").willReturn(html(page)));
    wm.stubFor(get("/copy/1.html").willReturn(html(page)));
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(bed.sink.reports).hasSize(1);
    assertThat(s.duplicates()).isEqualTo(1);
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      var copy = store.get(url("/copy/1.html")).orElseThrow();
      assertThat(copy.status()).isEqualTo(UrlStatus.DUPLICATE);
      assertThat(copy.duplicateOf()).isEqualTo(url("/news/1.html"));
    }
  }

  @Test
  void aCopyOfAReportCommittedJustBeforeACrashIsStillADuplicate() {
    // A run that died after the sink's commit but before the state write: the report is stored,
    // its URL still DISCOVERED without a digest. (The crawl SIGKILL loop found this case.)
    feedOf("/news/1.html");
    String page = Pages.article("同一篇报道", 3, "", null);
    wm.stubFor(get("/news/1.html").willReturn(html(page)));
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      runner.runOnce(Set.of());
    }
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      store.put(UrlState.discovered(url("/news/1.html"), "watch", bed.clock.instant()));
    }

    feedOf("/news/1.html", "/copy/1.html");
    wm.stubFor(get("/copy/1.html").willReturn(html(page)));
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(bed.sink.reports).as("the copy is not a second report").hasSize(1);
    assertThat(s.duplicates()).isEqualTo(1);
    wm.verify(1, getRequestedFor(urlEqualTo("/news/1.html")));
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      assertThat(store.get(url("/news/1.html")).orElseThrow().contentSha256()).isNotNull();
      assertThat(store.get(url("/copy/1.html")).orElseThrow().status())
          .isEqualTo(UrlStatus.DUPLICATE);
    }
  }

  @Test
  void oversizedPageIsAFetchErrorCountedAsTruncatedWithItsReasonKeptInTheState() {
    bed.crawler = TestConfigs.crawler(Duration.ZERO, Duration.ofSeconds(5), 1000, 0);
    feedOf("/news/1.html", "/news/2.html");
    article("/news/1.html", 0);
    wm.stubFor(get("/news/2.html").willReturn(aResponse().withStatus(500)));
    CrawlSummary summary;
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      summary = runner.runOnce(Set.of());
    }
    SourceSummary s = summary.sources().get(0);
    assertThat(bed.sink.reports).isEmpty();
    assertThat(s.errors()).as(s.toString()).isEqualTo(2);
    assertThat(s.truncated()).as(s.toString()).isEqualTo(1);
    assertThat(s.errorMessages())
        .anySatisfy(m -> assertThat(m).contains("/news/1.html").contains("truncated"));
    assertThat(summary.format().lines().findFirst().orElseThrow()).contains("truncated");
    assertThat(summary.format().lines().skip(1).findFirst().orElseThrow())
        .matches("watch\\s+2\\s+0\\s+0\\s+0\\s+0\\s+2\\s+1\\s+0\\s+0");
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      var cut = store.get(url("/news/1.html")).orElseThrow();
      assertThat(cut.status()).isEqualTo(UrlStatus.FETCH_ERROR);
      assertThat(cut.verdict()).isEqualTo("TRUNCATED_LENGTH");
      assertThat(cut.lastError()).contains("crawler.max-body-bytes (1000 bytes)");
      var failed = store.get(url("/news/2.html")).orElseThrow();
      assertThat(failed.status()).isEqualTo(UrlStatus.FETCH_ERROR);
      assertThat(failed.verdict()).isNull();
    }
  }

  @Test
  void gbkPageIsDecoded() {
    feedOf("/news/gbk.html");
    byte[] gbk =
        Pages.article("GBK 编码页面", 1, "", null)
            .replace("utf-8", "gbk")
            .getBytes(Charset.forName("GBK"));
    wm.stubFor(
        get("/news/gbk.html")
            .willReturn(
                aResponse().withHeader("Content-Type", "text/html; charset=GBK").withBody(gbk)));
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      runner.runOnce(Set.of());
    }
    Report r = bed.sink.byUrl(url("/news/gbk.html"));
    assertThat(r.text()).contains("算力经纪人").contains("每卡每小时2.5元");
  }

  @Test
  void unreachableFeedIsAnErrorLineNotACrash() {
    wm.stubFor(get("/feed.xml").willReturn(aResponse().withStatus(404)));
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(CrawlTestBed.feed("watch", url("/feed.xml")))) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(s.errors()).isEqualTo(1);
    assertThat(s.errorMessages().get(0)).contains("feed").contains("404");
  }
}
