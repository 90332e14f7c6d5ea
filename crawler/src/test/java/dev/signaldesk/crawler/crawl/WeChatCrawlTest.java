package dev.signaldesk.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.model.Report;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** WeChat articles end to end: configured URLs, links found elsewhere, deleted and verify pages. */
class WeChatCrawlTest extends LocalSiteTest {

  private SourceConfig wechat(String... paths) {
    return new SourceConfig(
        "jiazi-wechat",
        "wechat",
        null,
        null,
        null,
        List.of(paths).stream().map(p -> wm.baseUrl() + p).toList(),
        null,
        true);
  }

  @Test
  void configuredArticleIsParsedAndDeletedOrVerifyPagesAreBlocked() {
    wm.stubFor(get("/s/Xk9aBcDeFgHiJkLmNoPq").willReturn(SiteFixtures.html("wechat/article.html")));
    wm.stubFor(get("/s/Gone1").willReturn(SiteFixtures.html("wechat/deleted.html")));
    wm.stubFor(get("/s/Check2").willReturn(SiteFixtures.html("wechat/verify.html")));
    SourceSummary s;
    try (CrawlRunner runner =
        bed.runner(wechat("/s/Xk9aBcDeFgHiJkLmNoPq", "/s/Gone1", "/s/Check2"))) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(s.newDocuments()).as(s.toString()).isEqualTo(1);
    assertThat(s.blocked()).isEqualTo(2);
    Report r = bed.sink.reports.values().iterator().next();
    assertThat(r.title()).isEqualTo("一张H100的三次转手");
    assertThat(r.publishedAt()).isEqualTo(Instant.parse("2026-07-20T02:00:00Z"));
    assertThat(r.canonicalUrl()).contains("mp.weixin.qq.com/s?__biz=").doesNotContain("chksm");
  }

  @Test
  void weChatLinksInOtherSourcesPagesAreCrawledInTheSamePass() {
    wm.stubFor(
        get("/feed.xml")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/rss+xml")
                    .withBody(Pages.rss("观察", List.of(wm.baseUrl() + "/news/1.html")))));
    String page =
        Pages.article("转载说明", 2, "", null)
            .replace(
                "</article>",
                "<p>原文见<a href=\""
                    + wm.baseUrl()
                    + "/s/Xk9aBcDeFgHiJkLmNoPq\">微信公众号文章</a>。</p></article>");
    wm.stubFor(
        get("/news/1.html")
            .willReturn(
                aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody(page)));
    wm.stubFor(get("/s/Xk9aBcDeFgHiJkLmNoPq").willReturn(SiteFixtures.html("wechat/article.html")));
    wm.stubFor(get("/s/Other").willReturn(SiteFixtures.html("wechat/deleted.html")));
    CrawlSummary summary;
    try (CrawlRunner runner =
        bed.runner(wechat("/s/Other"), CrawlTestBed.feed("watch", wm.baseUrl() + "/feed.xml"))) {
      summary = runner.runOnce(Set.of());
    }
    assertThat(summary.sources())
        .extracting(SourceSummary::sourceId)
        .containsExactly("watch", "jiazi-wechat");
    wm.verify(1, getRequestedFor(urlEqualTo("/s/Xk9aBcDeFgHiJkLmNoPq")));
    assertThat(bed.sink.reports.values())
        .anySatisfy(r -> assertThat(r.sourceId()).isEqualTo("jiazi-wechat"));
  }
}
