package dev.signaldesk.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.crawler.crawl.bench.FixtureSite;
import dev.signaldesk.crawler.state.CrawlStateStore;
import dev.signaldesk.crawler.state.UrlStatus;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated site, crawled small: every page ends where the site says it should. */
class FixtureSiteCrawlTest {
  @TempDir Path data;
  private CrawlTestBed bed;

  @BeforeEach
  void setUp() {
    ExtractReady.assumeClassifier();
    bed = new CrawlTestBed(data);
  }

  @Test
  void articlesAreStoredOnceRepostsAreDuplicatesAndErrorPagesNeverIndexed() throws Exception {
    SourceSummary s;
    try (FixtureSite site = new FixtureSite(60).start(0);
        CrawlRunner runner = bed.runner(CrawlTestBed.sitemap("fixture", site.sitemapUrl()))) {
      s = runner.runOnce(Set.of()).sources().get(0);
      assertThat(s.discovered()).isEqualTo(60);
      assertThat(s.newDocuments()).as(s.toString()).isEqualTo(site.articlePages());
      assertThat(s.duplicates()).as(s.toString()).isEqualTo(site.duplicatePages());
      assertThat(s.blocked() + s.errors()).as(s.toString()).isEqualTo(site.errorPages());
      // the GBK layout is decoded, not mojibake
      String gbkPage = site.baseUrl() + "/a/2.html";
      assertThat(bed.sink.byUrl(gbkPage)).isNotNull();
      assertThat(bed.sink.byUrl(gbkPage).text()).contains("智算中心");
      try (CrawlStateStore store = CrawlStateStore.openH2(data)) {
        assertThat(store.get(site.baseUrl() + "/a/13.html").orElseThrow().status())
            .isEqualTo(UrlStatus.DUPLICATE);
        assertThat(store.get(site.baseUrl() + "/a/25.html").orElseThrow().verdict())
            .isEqualTo("SOFT_404");
      }
    }
  }
}
