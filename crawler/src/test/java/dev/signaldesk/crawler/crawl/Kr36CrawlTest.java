package dev.signaldesk.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.state.CrawlStateStore;
import dev.signaldesk.crawler.state.UrlStatus;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 36Kr end to end: the RSS feed's odd dates and ?f=rss links, article state, block pages. */
class Kr36CrawlTest extends LocalSiteTest {

  private SourceConfig source() {
    return new SourceConfig("36kr", "36kr", wm.baseUrl(), List.of("/feed"), null, null, null, true);
  }

  @Test
  void feedItemsAreFetchedAndParsedFromTheEmbeddedState() {
    wm.stubFor(get("/feed").willReturn(SiteFixtures.xml("36kr/feed.xml")));
    wm.stubFor(get("/p/3301234567").willReturn(SiteFixtures.html("36kr/article-state.html")));
    wm.stubFor(get("/p/3299000111").willReturn(SiteFixtures.html("36kr/article-encrypted.html")));
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(source())) {
      s = runner.runOnce(Set.of("36kr")).sources().get(0);
    }
    assertThat(s.errorMessages()).isEmpty();
    assertThat(s.discovered()).isEqualTo(2);
    assertThat(s.newDocuments()).isEqualTo(2);
    // the ?f=rss tracking parameter is dropped before fetching
    wm.verify(1, getRequestedFor(urlEqualTo("/p/3301234567")));
    Report state = bed.sink.reports.get(ReportIds.forUrl("https://www.36kr.com/p/3301234567"));
    assertThat(state).as(bed.sink.reports.keySet().toString()).isNotNull();
    assertThat(state.title()).contains("H100");
    assertThat(state.publishedAt()).isEqualTo(Instant.parse("2026-06-19T10:01:25Z"));
    assertThat(state.sourceId()).isEqualTo("36kr");
    assertThat(state.provenance().warcRecordId()).startsWith("<urn:uuid:");
    Report dom =
        bed.sink.reports.values().stream()
            .filter(r -> r.url().endsWith("/p/3299000111"))
            .findFirst()
            .orElseThrow();
    assertThat(dom.text()).isNotBlank();
  }

  @Test
  void revisitGoesToTheListedUrlNotToTheDeclaredCanonicalHost() {
    wm.stubFor(get("/feed").willReturn(SiteFixtures.xml("36kr/feed.xml")));
    wm.stubFor(get("/p/3301234567").willReturn(SiteFixtures.html("36kr/article-state.html")));
    wm.stubFor(get("/p/3299000111").willReturn(SiteFixtures.html("36kr/article-encrypted.html")));
    try (CrawlRunner runner = bed.runner(source())) {
      runner.runOnce(Set.of());
      bed.clock.advance(bed.crawler.revisitAfter());
      SourceSummary again = runner.runOnce(Set.of()).sources().get(0);
      assertThat(again.errorMessages()).isEmpty();
      assertThat(again.fetched() + again.notModified()).isEqualTo(2);
      assertThat(again.duplicates()).isZero();
    }
    wm.verify(2, getRequestedFor(urlEqualTo("/p/3301234567")));
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      var alias = store.get("https://www.36kr.com/p/3301234567").orElseThrow();
      assertThat(alias.status()).isEqualTo(UrlStatus.FETCHED);
      assertThat(alias.nextFetchAt()).isNull();
      assertThat(store.get(wm.baseUrl() + "/p/3301234567").orElseThrow().status())
          .isEqualTo(UrlStatus.FETCHED);
    }
  }

  @Test
  void captchaAndChallengePagesAreBlockedNeverIndexedAndBackOffTheHost() {
    String feed =
        new String(SiteFixtures.bytes("36kr/feed.xml"), StandardCharsets.UTF_8)
            .replace("https://36kr.com/p/3299000111?f=rss", "https://36kr.com/p/3200000001?f=rss");
    wm.stubFor(
        get("/feed")
            .willReturn(
                aResponse().withHeader("Content-Type", "application/rss+xml").withBody(feed)));
    wm.stubFor(get("/p/3301234567").willReturn(SiteFixtures.html("36kr/captcha.html")));
    wm.stubFor(get("/p/3200000001").willReturn(SiteFixtures.html("36kr/js-challenge.html")));
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(source())) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(bed.sink.reports).isEmpty();
    assertThat(bed.sink.upserts).isEmpty();
    assertThat(s.blocked()).isEqualTo(2);
    // after the first block page the host is left alone for crawler.blocked-backoff
    assertThat(bed.clock.sleeps()).contains(bed.crawler.blockedBackoff());
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      var st = store.all("36kr");
      assertThat(st).extracting(x -> x.status()).containsOnly(UrlStatus.BLOCKED);
      assertThat(st)
          .extracting(x -> x.verdict())
          .containsExactlyInAnyOrder("CAPTCHA", "JS_CHALLENGE");
      assertThat(st.get(0).nextFetchAt())
          .isAfter(bed.clock.instant().minus(Duration.ofMinutes(10)));
    }
  }

  /**
   * The classifier recognises 36Kr's empty state by host (36kr.com), which a local server is not;
   * here the parser refuses the page instead. Either way it never reaches the sink.
   */
  @Test
  void emptyStateShellIsNotIndexed() {
    wm.stubFor(get("/feed").willReturn(SiteFixtures.xml("36kr/feed.xml")));
    wm.stubFor(get("/p/3301234567").willReturn(SiteFixtures.html("36kr/empty-state.html")));
    wm.stubFor(get("/p/3299000111").willReturn(SiteFixtures.html("36kr/article-encrypted.html")));
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(source())) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(s.blocked() + s.errors()).as(s.toString()).isEqualTo(1);
    assertThat(bed.sink.reports).hasSize(1);
    assertThat(bed.sink.reports.values()).noneMatch(r -> r.url().endsWith("/p/3301234567"));
  }
}
