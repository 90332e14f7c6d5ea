package dev.signaldesk.crawler.politeness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.signaldesk.config.CrawlerConfig;
import dev.signaldesk.crawler.fetch.ExchangeRecorder;
import dev.signaldesk.crawler.fetch.FetchError;
import dev.signaldesk.crawler.fetch.FetchRequest;
import dev.signaldesk.crawler.fetch.HttpFetcher;
import dev.signaldesk.crawler.fetch.RetryDelays;
import dev.signaldesk.crawler.fetch.TestClock;
import dev.signaldesk.crawler.fetch.TestConfigs;
import dev.signaldesk.crawler.robots.RobotsPolicy;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PoliteFetcherTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestClock clock = TestClock.at("2026-11-28T08:00:00Z");

  private PoliteFetcher polite() {
    CrawlerConfig c = TestConfigs.crawler(Duration.ZERO, Duration.ofSeconds(5), 100_000, 0);
    HostThrottle throttle = new HostThrottle(clock, clock, c.minDelay(), c.maxCrawlDelay());
    HttpFetcher fetcher =
        new HttpFetcher(
            c,
            HttpFetcher.newClient(c),
            clock,
            clock,
            throttle,
            ExchangeRecorder.NONE,
            new RetryDelays(c.retryBaseDelay(), c.retryMaxDelay(), clock, () -> 0.5));
    RobotsPolicy robots =
        new RobotsPolicy(
            fetcher, clock, c.robotsCacheTtl(), c.userAgent(), throttle::setCrawlDelay);
    return new PoliteFetcher(
        fetcher,
        robots,
        throttle,
        new HostBreaker(clock, 3, Duration.ofMinutes(10)),
        clock,
        Duration.ofMinutes(5));
  }

  private URI url(String path) {
    return URI.create(wm.baseUrl() + path);
  }

  @Test
  void repeatedServerErrorsOpenTheBreakerAndStopRequests() {
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    wm.stubFor(get("/down").willReturn(aResponse().withStatus(502)));
    PoliteFetcher p = polite();
    for (int i = 0; i < 3; i++) {
      assertThat(p.fetch(FetchRequest.get(url("/down"))).status()).isEqualTo(502);
    }
    var refused = p.fetch(FetchRequest.get(url("/down")));
    assertThat(refused.error()).isEqualTo(FetchError.BREAKER_OPEN);
    wm.verify(3, getRequestedFor(urlEqualTo("/down")));
    clock.advance(Duration.ofMinutes(10));
    assertThat(p.fetch(FetchRequest.get(url("/down"))).status()).isEqualTo(502);
  }

  @Test
  void robotsDeniedUrlIsNeverRequested() {
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withBody("User-agent: *\nDisallow: /\n")));
    var r = polite().fetch(FetchRequest.get(url("/p/1")));
    assertThat(r.error()).isEqualTo(FetchError.ROBOTS_DENIED);
    wm.verify(0, getRequestedFor(urlEqualTo("/p/1")));
  }

  @Test
  void blockedHostIsLeftAloneForTheBackoff() {
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    wm.stubFor(get("/p/1").willReturn(aResponse().withBody("ok")));
    PoliteFetcher p = polite();
    p.fetch(FetchRequest.get(url("/p/1")));
    p.hostBlocked(url("/p/1"));
    p.fetch(FetchRequest.get(url("/p/1")));
    assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(5));
  }
}
