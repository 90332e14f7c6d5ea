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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Jiazi Guangnian end to end: home page cards, soft 404s, and probing behind a script shell. */
class JazzyearCrawlTest extends LocalSiteTest {

  private SourceConfig source(Long probeFrom, int misses) {
    return new SourceConfig(
        "jazzyear", "jazzyear", wm.baseUrl(), null, null, null, null, true, probeFrom, misses);
  }

  private static String article(long id) {
    return "/article_info.html?id=" + id;
  }

  @Test
  void homePageCardsLeadToArticlesSoft404sAndDuplicateBodies() {
    wm.stubFor(get("/").willReturn(SiteFixtures.html("jazzyear/home.html")));
    wm.stubFor(get(article(3012)).willReturn(SiteFixtures.html("jazzyear/article.html")));
    wm.stubFor(get(article(3011)).willReturn(SiteFixtures.html("jazzyear/soft404.html")));
    wm.stubFor(get(article(3009)).willReturn(SiteFixtures.html("jazzyear/article.html")));
    wm.stubFor(get(article(3004)).willReturn(aResponse().withStatus(404)));
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(source(null, 5))) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(s.discovered()).isEqualTo(4);
    assertThat(s.newDocuments()).isEqualTo(1);
    assertThat(s.duplicates()).isEqualTo(1);
    assertThat(s.blocked()).isEqualTo(1);
    assertThat(s.errors()).isEqualTo(1);
    assertThat(bed.sink.reports).hasSize(1);
    Report r = bed.sink.reports.values().iterator().next();
    assertThat(r.title()).doesNotContain("甲子光年");
    assertThat(r.publishedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 7, 20));
    try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
      var soft = store.get(wm.baseUrl() + article(3011)).orElseThrow();
      assertThat(soft.status()).isEqualTo(UrlStatus.BLOCKED);
      assertThat(soft.verdict()).isEqualTo("SOFT_404");
      assertThat(soft.nextFetchAt()).isNull();
    }
  }

  @Test
  void scriptShellHomeIsProbedUpwardUntilConsecutiveMisses() {
    wm.stubFor(get("/").willReturn(SiteFixtures.html("jazzyear/home-shell.html")));
    wm.stubFor(get(article(3010)).willReturn(SiteFixtures.html("jazzyear/soft404.html")));
    wm.stubFor(get(article(3011)).willReturn(SiteFixtures.html("jazzyear/article.html")));
    wm.stubFor(get(article(3012)).willReturn(SiteFixtures.html("jazzyear/soft404.html")));
    // 3013 and 3014 are not stubbed: plain 404s count as misses too
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(source(3010L, 3))) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(bed.sink.reports).hasSize(1);
    assertThat(s.newDocuments()).isEqualTo(1);
    for (long id = 3010; id <= 3014; id++) {
      wm.verify(1, getRequestedFor(urlEqualTo(article(id))));
    }
    wm.verify(0, getRequestedFor(urlEqualTo(article(3015))));
  }

  @Test
  void nextProbeStartsAboveTheHighestStoredId() {
    wm.stubFor(get("/").willReturn(SiteFixtures.html("jazzyear/home-shell.html")));
    wm.stubFor(get(article(3011)).willReturn(SiteFixtures.html("jazzyear/article.html")));
    try (CrawlRunner runner = bed.runner(source(3011L, 2))) {
      runner.runOnce(Set.of());
      runner.runOnce(Set.of());
    }
    wm.verify(1, getRequestedFor(urlEqualTo(article(3011))));
    wm.verify(2, getRequestedFor(urlEqualTo(article(3012))));
    wm.verify(2, getRequestedFor(urlEqualTo(article(3013))));
  }
}
