package dev.signaldesk.api.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A real scheduled pass of {@code serve} over a loopback site (one good article, two that fail) is
 * visible to operators: per source in {@code /health} and as crawl errors in {@code /metrics}.
 */
@MicronautTest
class ScheduledCrawlReportingTest extends IndexedDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer site = new WireMockServer(options().dynamicPort());

  @Inject
  @Client("/")
  HttpClient client;

  @Inject CrawlScheduler scheduler;

  @Override
  protected Map<String, String> extraProperties() {
    site.start();
    stubSite();
    Map<String, String> p = new HashMap<>();
    p.put(CrawlScheduler.ENABLED, "true");
    // No pass on its own during the test: the test runs the one pass it checks.
    p.put(CrawlScheduler.FIRST_DELAY, "1d");
    p.putAll(
        configFile(
            """
            crawler:
              min-delay: 10ms
              max-retries: 0
            sources:
              - {id: brokers, type: feed, url: "%s/feed.xml", schedule: 6h}
            """
                .formatted(site.baseUrl())));
    return p;
  }

  @AfterAll
  void stopSite() {
    site.stop();
  }

  private void stubSite() {
    site.stubFor(WireMock.get("/robots.txt").willReturn(aResponse().withStatus(404)));
    String rss =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>算力经纪人周报</title><link>%1$s/</link>
        <item><title>A800整机转让</title><link>%1$s/news/1.html</link></item>
        <item><title>机房上架率</title><link>%1$s/news/2.html</link></item>
        <item><title>H20报价</title><link>%1$s/news/3.html</link></item>
        </channel></rss>
        """
            .formatted(site.baseUrl());
    site.stubFor(
        WireMock.get("/feed.xml")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                    .withBody(rss)));
    site.stubFor(
        WireMock.get("/news/1.html")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(
                        """
                        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                        <title>A800整机转让</title>
                        <meta property="article:published_time" content="2026-11-20T09:00:00+08:00">
                        </head><body><main><article><h1>A800整机转让</h1>
                        <p>杭州一家模型公司本周挂出二十台八卡A800整机，报价每台六十五万元，比三个月前低了一成半。
                        卖方说新项目改用了国产卡，这批机器闲置了两个月，希望年底前整体出手。</p>
                        <p>经纪人认为这个价格仍然偏高，买家更愿意按月租用而不是整机买断。</p>
                        </article></main></body></html>
                        """)));
    site.stubFor(WireMock.get("/news/2.html").willReturn(aResponse().withStatus(500)));
    site.stubFor(WireMock.get("/news/3.html").willReturn(aResponse().withStatus(503)));
  }

  @Test
  void aPassWithPageErrorsShowsPerSourceInHealthAndAsCrawlErrorsInMetrics() throws Exception {
    JsonNode before = crawler();
    assertThat(before.path("details").path("state").asText()).isEqualTo("never-run");

    scheduler.runNow("brokers").get(60, TimeUnit.SECONDS);

    JsonNode after = crawler();
    assertThat(after.path("status").asText()).isEqualTo("UP");
    JsonNode run = after.path("details").path("lastRuns").path("brokers");
    assertThat(after.path("details").path("state").asText()).isEqualTo("ok");
    assertThat(run.path("pages").asInt()).as(run.toString()).isEqualTo(1);
    assertThat(run.path("errors").asInt()).as(run.toString()).isEqualTo(2);
    assertThat(run.path("at").asText()).isNotBlank();

    String metrics = Http.body(Http.get(client, "/metrics"));
    assertThat(metrics)
        .containsPattern(
            "signaldesk_crawl_errors_total\\{source=\"brokers\",status=\"page\"\\} 2(\\.0)?\\n")
        .containsPattern(
            "signaldesk_crawl_errors_total\\{source=\"brokers\",status=\"truncated\"\\}"
                + " 0(\\.0)?\\n")
        .containsPattern("signaldesk_documents_ingested_total\\{source=\"brokers\"\\} 1");
  }

  private JsonNode crawler() throws Exception {
    HttpResponse<String> r = Http.get(client, "/health");
    return JSON.readTree(Http.body(r)).path("details").path("crawler");
  }
}
