package dev.signaldesk.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.signaldesk.config.CrawlerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpFetcherTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().gzipDisabled(true))
          .build();

  private final TestClock clock = TestClock.at("2026-11-28T08:00:00Z");
  private final List<Exchange> recorded = new ArrayList<>();

  private HttpFetcher fetcher(CrawlerConfig config) {
    return new HttpFetcher(
        config,
        HttpFetcher.newClient(config),
        clock,
        clock,
        RequestGate.OPEN,
        ex -> {
          recorded.add(ex);
          return new ArchiveRef("test.warc.gz", "<urn:uuid:" + recorded.size() + ">");
        },
        new RetryDelays(config.retryBaseDelay(), config.retryMaxDelay(), clock, () -> 0.5));
  }

  private HttpFetcher fetcher() {
    return fetcher(TestConfigs.crawler());
  }

  private URI url(String path) {
    return URI.create(wm.baseUrl() + path);
  }

  @Test
  void sendsConfiguredUserAgentAndReturnsBody() {
    wm.stubFor(get("/a").willReturn(aResponse().withStatus(200).withBody("hello")));
    FetchResult r = fetcher().fetch(FetchRequest.get(url("/a")));
    assertThat(r.isComplete()).isTrue();
    assertThat(r.bodyUtf8()).isEqualTo("hello");
    assertThat(r.fetchedAt()).isEqualTo(clock.instant());
    wm.verify(
        getRequestedFor(urlEqualTo("/a"))
            .withHeader("User-Agent", equalTo("SignalDeskBot/1.0 (+https://example.org/bot)")));
  }

  @Test
  void decodesGzipDeflateAndBrotliBodies() throws IOException {
    String text = "H100 八卡整机月租 7.5 万元，A100 约 2.5 元/卡时。".repeat(20);
    byte[] plain = text.getBytes(StandardCharsets.UTF_8);
    wm.stubFor(get("/gz").willReturn(encoded(gzip(plain), "gzip")));
    wm.stubFor(get("/deflate").willReturn(encoded(deflate(plain), "deflate")));
    wm.stubFor(get("/br").willReturn(encoded(Brotli.encodeStored(plain), "br")));
    for (String path : List.of("/gz", "/deflate", "/br")) {
      FetchResult r = fetcher().fetch(FetchRequest.get(url(path)));
      assertThat(r.isComplete()).as(path).isTrue();
      assertThat(r.bodyUtf8()).as(path).isEqualTo(text);
    }
  }

  @Test
  void corruptGzipIsADecodingErrorNotRetried() {
    wm.stubFor(get("/bad").willReturn(encoded("not gzip at all".getBytes(), "gzip")));
    FetchResult r = fetcher().fetch(FetchRequest.get(url("/bad")));
    assertThat(r.error()).isEqualTo(FetchError.DECODING);
    wm.verify(1, getRequestedFor(urlEqualTo("/bad")));
  }

  @Test
  void oversizedBodyIsCutAndMarkedTruncated() {
    CrawlerConfig small = TestConfigs.crawler(Duration.ZERO, Duration.ofSeconds(5), 1000, 0);
    wm.stubFor(get("/big").willReturn(aResponse().withBody("x".repeat(5000))));
    FetchResult r = fetcher(small).fetch(FetchRequest.get(url("/big")));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.truncation()).isEqualTo(Truncation.LENGTH);
    assertThat(r.body()).hasSize(1000);
    assertThat(r.isComplete()).isFalse();
    assertThat(recorded.get(0).truncation()).isEqualTo(Truncation.LENGTH);
  }

  @Test
  void followsRedirectsArchivingEveryHop() {
    wm.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/mid")));
    wm.stubFor(get("/mid").willReturn(aResponse().withStatus(302).withHeader("Location", "/new")));
    wm.stubFor(get("/new").willReturn(aResponse().withBody("here")));
    FetchResult r = fetcher().fetch(FetchRequest.get(url("/old")));
    assertThat(r.isComplete()).isTrue();
    assertThat(r.finalUrl()).isEqualTo(url("/new"));
    assertThat(r.redirects()).extracting(Redirect::status).containsExactly(301, 302);
    assertThat(recorded).extracting(Exchange::status).containsExactly(301, 302, 200);
    assertThat(r.archive().recordId()).isEqualTo("<urn:uuid:3>");
  }

  @Test
  void redirectLoopIsDetected() {
    wm.stubFor(get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
    wm.stubFor(get("/b").willReturn(aResponse().withStatus(302).withHeader("Location", "/a")));
    FetchResult r = fetcher().fetch(FetchRequest.get(url("/a")));
    assertThat(r.error()).isEqualTo(FetchError.REDIRECT_LOOP);
    wm.verify(1, getRequestedFor(urlEqualTo("/a")));
    wm.verify(1, getRequestedFor(urlEqualTo("/b")));
  }

  @Test
  void stopsAfterMaxRedirects() {
    for (int i = 0; i < 10; i++) {
      wm.stubFor(
          get("/r" + i)
              .willReturn(aResponse().withStatus(302).withHeader("Location", "/r" + (i + 1))));
    }
    FetchResult r = fetcher().fetch(FetchRequest.get(url("/r0")));
    assertThat(r.error()).isEqualTo(FetchError.TOO_MANY_REDIRECTS);
    assertThat(recorded).hasSize(6);
    wm.verify(0, getRequestedFor(urlEqualTo("/r6")));
  }

  @Test
  void redirectRefusedByPolicyIsNotFollowed() {
    wm.stubFor(
        get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", "/private")));
    FetchResult r =
        fetcher()
            .fetch(FetchRequest.get(url("/a")).following(u -> !u.getPath().startsWith("/private")));
    assertThat(r.error()).isEqualTo(FetchError.ROBOTS_DENIED);
    wm.verify(0, getRequestedFor(urlEqualTo("/private")));
  }

  @Test
  void conditionalGetSendsValidatorsAndReports304() {
    wm.stubFor(
        get("/p")
            .withHeader("If-None-Match", equalTo("\"v1\""))
            .willReturn(aResponse().withStatus(304)));
    FetchResult r =
        fetcher()
            .fetch(
                FetchRequest.get(url("/p")).conditional("\"v1\"", "Tue, 24 Nov 2026 10:00:00 GMT"));
    assertThat(r.isNotModified()).isTrue();
    wm.verify(
        getRequestedFor(urlEqualTo("/p"))
            .withHeader("If-Modified-Since", equalTo("Tue, 24 Nov 2026 10:00:00 GMT")));
    assertThat(recorded).hasSize(1);
  }

  @Test
  void serverErrorIsRetriedWithBackoffThenSucceeds() {
    wm.stubFor(
        get("/flaky")
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("second"));
    wm.stubFor(
        get("/flaky")
            .inScenario("flaky")
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("ok"));
    wm.stubFor(
        get("/flaky")
            .inScenario("flaky")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withBody("fine")));
    FetchResult r = fetcher().fetch(FetchRequest.get(url("/flaky")));
    assertThat(r.isComplete()).isTrue();
    assertThat(r.attempts()).isEqualTo(3);
    // base 1 s doubled, equal jitter at 0.5: 750 ms then 1500 ms
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500));
    assertThat(recorded).extracting(Exchange::status).containsExactly(503, 500, 200);
  }

  @Test
  void tooManyRequestsHonoursRetryAfterSecondsAndDates() {
    wm.stubFor(
        get("/limited")
            .inScenario("429")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
            .willSetStateTo("date"));
    wm.stubFor(
        get("/limited")
            .inScenario("429")
            .whenScenarioStateIs("date")
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "Sat, 28 Nov 2026 08:01:07 GMT"))
            .willSetStateTo("ok"));
    wm.stubFor(
        get("/limited")
            .inScenario("429")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withBody("ok")));
    FetchResult r = fetcher().fetch(FetchRequest.get(url("/limited")));
    assertThat(r.isComplete()).isTrue();
    // 7 s, then until 08:01:07 from 08:00:07
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(60));
  }

  @Test
  void retryAfterBeyondTheCapIsCapped() {
    wm.stubFor(
        get("/slow-down")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")));
    FetchResult r = fetcher().fetch(FetchRequest.get(url("/slow-down")));
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.attempts()).isEqualTo(3);
    assertThat(clock.sleeps()).containsOnly(Duration.ofMinutes(2));
  }

  @Test
  void timeoutIsRetriedThenReportedAsError() {
    CrawlerConfig quick = TestConfigs.crawler(Duration.ZERO, Duration.ofMillis(300), 1000, 1);
    wm.stubFor(get("/hang").willReturn(aResponse().withFixedDelay(3000).withBody("late")));
    FetchResult r = fetcher(quick).fetch(FetchRequest.get(url("/hang")));
    assertThat(r.error()).isEqualTo(FetchError.TIMEOUT);
    assertThat(r.status()).isZero();
    wm.verify(2, getRequestedFor(urlEqualTo("/hang")));
    assertThat(clock.sleeps()).hasSize(1);
  }

  @Test
  void connectionRefusedIsAnErrorResult() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    FetchResult r =
        fetcher(TestConfigs.crawler(Duration.ZERO, Duration.ofSeconds(2), 1000, 0))
            .fetch(FetchRequest.get(URI.create("http://127.0.0.1:" + port + "/x")));
    assertThat(r.error()).isEqualTo(FetchError.CONNECTION);
    assertThat(r.describe()).contains("CONNECTION");
  }

  @Test
  void clientThatFollowsRedirectsItselfIsRefused() {
    CrawlerConfig c = TestConfigs.crawler();
    var follows =
        java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
            .build();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new HttpFetcher(
                    c,
                    follows,
                    clock,
                    clock,
                    RequestGate.OPEN,
                    ExchangeRecorder.NONE,
                    new RetryDelays(Duration.ofSeconds(1), Duration.ofMinutes(1), clock, () -> 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("client");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder encoded(
      byte[] body, String encoding) {
    return aResponse()
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withHeader("Content-Encoding", encoding)
        .withBody(body);
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
      d.write(plain);
    }
    return out.toByteArray();
  }
}
