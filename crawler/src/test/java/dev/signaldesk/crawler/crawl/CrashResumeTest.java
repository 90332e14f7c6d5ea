package dev.signaldesk.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.crawler.archive.WarcArchive;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.crawler.fetch.TestClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl killed with SIGKILL in the middle of a batch, then resumed: nothing committed is fetched
 * again, nothing is lost, and the archive written before the kill stays readable.
 */
class CrashResumeTest {
  private static final int ARTICLES = 12;

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path data;

  @Test
  void killedCrawlResumesWithoutLosingOrRefetchingStoredPages() throws Exception {
    ExtractReady.assumeClassifier();
    List<String> paths =
        IntStream.rangeClosed(1, ARTICLES).mapToObj(i -> "/news/" + i + ".html").toList();
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    wm.stubFor(
        get("/feed.xml")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/rss+xml")
                    .withBody(
                        Pages.rss("算力观察", paths.stream().map(p -> wm.baseUrl() + p).toList()))));
    for (int i = 0; i < ARTICLES; i++) {
      wm.stubFor(
          get(paths.get(i))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "text/html; charset=utf-8")
                      .withBody(Pages.article("第" + i + "篇", i, "编号" + i + "。", null))));
    }
    Path sinkFile = data.resolve("sink.tsv");

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashCrawlMain.class.getName(),
                data.toString(),
                wm.baseUrl() + "/feed.xml",
                sinkFile.toString())
            .redirectErrorStream(true)
            .start();
    List<String> childOutput = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      // Kill after the 5th upsert: 3 reports committed, 2 handed over but not committed.
      while ((line = out.readLine()) != null) {
        childOutput.add(line);
        if (line.equals("UPSERT 5")) {
          child.destroyForcibly();
          break;
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(childOutput).as("child output").contains("UPSERT 5").doesNotContain("DONE");

    Map<String, String> committedBeforeKill = FileSink.read(sinkFile);
    assertThat(committedBeforeKill).hasSizeBetween(3, ARTICLES - 1);

    FileSink sink = new FileSink(sinkFile);
    SignalDeskConfig d = new ConfigLoader().defaults();
    var crawler = CrashCrawlMain.config(Duration.ZERO);
    SignalDeskConfig config =
        new SignalDeskConfig(
            crawler,
            List.of(CrawlTestBed.feed("watch", wm.baseUrl() + "/feed.xml")),
            d.index(),
            d.signals(),
            d.alerts(),
            d.api());
    TestClock clock = new TestClock(Instant.now().plusSeconds(1));
    try (CrawlRunner runner =
        new CrawlRunner(
            config, data, sink, clock, HttpFetcher.newClient(crawler), clock, () -> 0.5)) {
      runner.runOnce(Set.of());
    }

    Map<String, String> all = FileSink.read(sinkFile);
    assertThat(all).hasSize(ARTICLES);
    for (String url : committedBeforeKill.values()) {
      String path = url.substring(wm.baseUrl().length());
      wm.verify(1, getRequestedFor(urlEqualTo(path)));
    }
    for (String p : paths) {
      assertThat(wm.countRequestsMatching(getRequestedFor(urlEqualTo(p)).build()).getCount())
          .as(p)
          .isBetween(1, 2);
    }
    WarcArchive.ScanReport scan = new WarcArchive(data.resolve("archive")).forEachResponse(r -> {});
    assertThat(new WarcArchive(data.resolve("archive")).files()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(scan.responses()).isGreaterThanOrEqualTo(ARTICLES + 2);
    assertThat(Files.size(sinkFile)).isPositive();
  }
}
