package dev.signaldesk.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A sitemap source: an index that lists itself back is followed once, its URLs crawled. */
class SitemapCrawlTest extends LocalSiteTest {

  private static String index(String... locs) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String l : locs) {
      sb.append("<sitemap><loc>").append(l).append("</loc></sitemap>\n");
    }
    return sb.append("</sitemapindex>").toString();
  }

  private static String urlset(String... locs) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String l : locs) {
      sb.append("<url><loc>").append(l).append("</loc><lastmod>2026-11-20</lastmod></url>\n");
    }
    return sb.append("</urlset>").toString();
  }

  private void xml(String path, String body) {
    wm.stubFor(
        get(path)
            .willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(body)));
  }

  @Test
  void sitemapIndexesAreFollowedOnceEvenWhenTheyLoop() {
    String b = wm.baseUrl();
    xml("/sitemap.xml", index(b + "/sitemap-news.xml", b + "/sitemap-more.xml"));
    xml("/sitemap-more.xml", index(b + "/sitemap.xml", b + "/sitemap-news.xml"));
    xml("/sitemap-news.xml", urlset(b + "/a/1.html", b + "/a/2.html"));
    for (int i = 1; i <= 2; i++) {
      wm.stubFor(
          get("/a/" + i + ".html")
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "text/html; charset=utf-8")
                      .withBody(Pages.article("地图文章" + i, i, "", null))));
    }
    SourceSummary s;
    try (CrawlRunner runner = bed.runner(CrawlTestBed.sitemap("site", b + "/sitemap.xml"))) {
      s = runner.runOnce(Set.of()).sources().get(0);
    }
    assertThat(s.errorMessages()).isEmpty();
    assertThat(s.newDocuments()).isEqualTo(2);
    wm.verify(1, getRequestedFor(urlEqualTo("/sitemap.xml")));
    wm.verify(1, getRequestedFor(urlEqualTo("/sitemap-more.xml")));
    wm.verify(1, getRequestedFor(urlEqualTo("/sitemap-news.xml")));
  }
}
