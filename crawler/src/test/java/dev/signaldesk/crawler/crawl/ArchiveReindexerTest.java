package dev.signaldesk.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.model.Report;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reindexing from the WARC archive gives the reports the crawl gave, with no network. */
class ArchiveReindexerTest extends LocalSiteTest {

  @Test
  void replaysStoredArticlesFromTheArchiveOnly() {
    wm.stubFor(get("/feed").willReturn(SiteFixtures.xml("36kr/feed.xml")));
    wm.stubFor(get("/p/3301234567").willReturn(SiteFixtures.html("36kr/article-state.html")));
    wm.stubFor(get("/p/3299000111").willReturn(SiteFixtures.html("36kr/captcha.html")));
    SourceConfig kr =
        new SourceConfig("36kr", "36kr", wm.baseUrl(), List.of("/feed"), null, null, null, true);
    try (CrawlRunner runner = bed.runner(kr)) {
      runner.runOnce(Set.of());
    }
    assertThat(bed.sink.reports).hasSize(1);
    Report crawled = bed.sink.reports.values().iterator().next();

    int requestsBefore = wm.getAllServeEvents().size();
    {
      InMemorySink fresh = new InMemorySink();
      ArchiveReindexer.Summary s = new ArchiveReindexer(bed.config(List.of(kr)), data, fresh).run();
      assertThat(s.errors()).isEmpty();
      assertThat(s.reindexed()).isEqualTo(1);
      assertThat(s.skipped()).isEqualTo(s.responsesRead() - 1);
      Report again = fresh.reports.get(crawled.id());
      assertThat(again).isNotNull();
      assertThat(again.text()).isEqualTo(crawled.text());
      assertThat(again.title()).isEqualTo(crawled.title());
      assertThat(again.publishedAt()).isEqualTo(crawled.publishedAt());
      assertThat(again.provenance()).isEqualTo(crawled.provenance());
      assertThat(fresh.commits).isPositive();
    }
    assertThat(wm.getAllServeEvents()).hasSize(requestsBefore);
  }
}
