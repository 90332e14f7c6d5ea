package dev.signaldesk.crawler.robots;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.signaldesk.config.CrawlerConfig;
import dev.signaldesk.crawler.fetch.ExchangeRecorder;
import dev.signaldesk.crawler.fetch.HostKey;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.crawler.fetch.RequestGate;
import dev.signaldesk.crawler.fetch.RetryDelays;
import dev.signaldesk.crawler.fetch.TestClock;
import dev.signaldesk.crawler.fetch.TestConfigs;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RobotsPolicyTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestClock clock = TestClock.at("2026-11-28T08:00:00Z");
  private final Map<String, Duration> delays = new HashMap<>();

  private RobotsPolicy policy() {
    CrawlerConfig c = TestConfigs.crawler(Duration.ZERO, Duration.ofSeconds(5), 100_000, 0);
    HttpFetcher fetcher =
        new HttpFetcher(
            c,
            HttpFetcher.newClient(c),
            clock,
            clock,
            RequestGate.OPEN,
            ExchangeRecorder.NONE,
            new RetryDelays(Duration.ofSeconds(1), Duration.ofMinutes(1), clock, () -> 0));
    return new RobotsPolicy(fetcher, clock, Duration.ofHours(6), c.userAgent(), delays::put);
  }

  private URI url(String path) {
    return URI.create(wm.baseUrl() + path);
  }

  @Test
  void disallowedPathsForOurAgentAreDenied() {
    wm.stubFor(
        get("/robots.txt")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/plain")
                    .withBody(
                        "User-agent: *\nDisallow: /private/\n\n"
                            + "User-agent: SignalDeskBot\nDisallow: /search\nCrawl-delay: 7\n")));
    RobotsPolicy p = policy();
    assertThat(p.isAllowed(url("/p/3001"))).isTrue();
    assertThat(p.isAllowed(url("/search?q=H100"))).isFalse();
    assertThat(delays).containsEntry(HostKey.of(url("/")), Duration.ofSeconds(7));
  }

  @Test
  void rulesAreCachedUntilTheTtlRunsOut() {
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withBody("User-agent: *\nDisallow:\n")));
    RobotsPolicy p = policy();
    p.isAllowed(url("/a"));
    p.isAllowed(url("/b"));
    wm.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
    clock.advance(Duration.ofHours(6));
    p.isAllowed(url("/c"));
    wm.verify(2, getRequestedFor(urlEqualTo("/robots.txt")));
  }

  @Test
  void missingRobotsTxtAllowsEverything() {
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    assertThat(policy().isAllowed(url("/anything"))).isTrue();
  }

  @Test
  void serverErrorOnRobotsTxtDeniesEverythingForAShortWhile() {
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(503)));
    RobotsPolicy p = policy();
    assertThat(p.isAllowed(url("/p/1"))).isFalse();
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    assertThat(p.isAllowed(url("/p/1"))).isFalse();
    clock.advance(RobotsPolicy.FAILURE_TTL);
    assertThat(p.isAllowed(url("/p/1"))).isTrue();
  }

  @Test
  void productTokenIsMatchedNotTheWholeUserAgent() {
    assertThat(RobotsPolicy.productToken("SignalDeskBot/1.0 (+https://example.org/bot)"))
        .isEqualTo("signaldeskbot");
  }
}
