package dev.signaldesk.crawler.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.extract.UrlCanonicalizer;
import dev.signaldesk.crawler.fetch.FetchResult;
import dev.signaldesk.crawler.source.Candidate;
import dev.signaldesk.crawler.source.Discovery;
import dev.signaldesk.crawler.source.FeedSource;
import dev.signaldesk.crawler.source.FetchedPage;
import dev.signaldesk.crawler.source.SitemapSource;
import dev.signaldesk.crawler.source.SourceAdapter;
import dev.signaldesk.crawler.source.SourceContext;
import dev.signaldesk.testsupport.PerInputTimeLimit;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the feed and sitemap source adapters' discovery: the listing bytes a site serves go
 * through Rome (feeds) or crawler-commons (sitemaps, sitemap indexes, text sitemaps) and become
 * candidate URLs.
 *
 * <p>The first input byte picks the Content-Type the listing is served with (XML, RSS, Atom, plain
 * text, gzip, none). For sitemaps the rest is split at the first NUL byte: the part before is the
 * root sitemap, the part after is what every other sitemap URL answers, so the fuzzer can build
 * index loops and fan-outs.
 *
 * <p>Properties (the {@link SourceAdapter#discover} contract: failures go into the result): no
 * exception; every error line names the listing; every candidate URL is non-blank and survives
 * canonicalisation (the runner canonicalises candidates outside any per-page guard); a sitemap
 * source fetches each sitemap at most once and at most {@code MAX_SITEMAPS} (50) in all; no input
 * takes longer than {@value ChatImportFuzzTest#LIMIT_MILLIS} ms. Seeds are hand-written feeds and
 * sitemaps in the forms the crawl tests serve.
 */
class SourceDiscoveryFuzzTest {

  private static final String FEED_URL = "https://news.example.com/feed.xml";
  private static final String SITEMAP_URL = "https://news.example.com/sitemap.xml";
  private static final String[] CONTENT_TYPES = {
    "application/xml",
    "application/rss+xml; charset=utf-8",
    "application/atom+xml",
    "text/xml; charset=gbk",
    "text/plain",
    "application/gzip",
    "application/x-gzip",
    null
  };
  private static final PerInputTimeLimit LIMIT =
      new PerInputTimeLimit(ChatImportFuzzTest.LIMIT_MILLIS);

  @FuzzTest(maxDuration = "5m")
  void feedDiscoveryFailsAsData(byte[] input) {
    if (input.length == 0) {
      return;
    }
    String type = CONTENT_TYPES[Byte.toUnsignedInt(input[0]) % CONTENT_TYPES.length];
    byte[] body = Arrays.copyOfRange(input, 1, input.length);
    ServedListings site = new ServedListings(type, body, body);
    FeedSource source =
        new FeedSource(new SourceConfig("feed", "feed", null, null, FEED_URL, null, null, true));
    Discovery d = LIMIT.run(() -> source.discover(site));
    assertWellFormed(d, "feed " + FEED_URL);
    assertThat(site.fetched).containsExactly(FEED_URL);
  }

  @FuzzTest(maxDuration = "5m")
  void sitemapDiscoveryFailsAsData(byte[] input) {
    if (input.length == 0) {
      return;
    }
    String type = CONTENT_TYPES[Byte.toUnsignedInt(input[0]) % CONTENT_TYPES.length];
    byte[] rest = Arrays.copyOfRange(input, 1, input.length);
    int nul = indexOf(rest, (byte) 0);
    byte[] root = nul < 0 ? rest : Arrays.copyOfRange(rest, 0, nul);
    byte[] others = nul < 0 ? rest : Arrays.copyOfRange(rest, nul + 1, rest.length);
    ServedListings site = new ServedListings(type, root, others);
    SitemapSource source =
        new SitemapSource(
            new SourceConfig("map", "sitemap", null, null, SITEMAP_URL, null, null, true));
    Discovery d = LIMIT.run(() -> source.discover(site));
    assertWellFormed(d, "");
    assertThat(site.fetched).as("each sitemap fetched once").doesNotHaveDuplicates();
    assertThat(site.fetched).hasSizeLessThanOrEqualTo(50).startsWith(SITEMAP_URL);
  }

  private static void assertWellFormed(Discovery d, String errorPrefix) {
    assertThat(d.errors()).allSatisfy(e -> assertThat(e).startsWith(errorPrefix).isNotBlank());
    for (Candidate c : d.candidates()) {
      assertThat(c.url()).isNotBlank();
      assertThat(LIMIT.run(() -> UrlCanonicalizer.canonicalize(c.url()))).isNotNull();
    }
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A site whose first listing URL answers {@code first} and every other one {@code others}, all
   * with one Content-Type; it records what was fetched. Article pages are never fetched while
   * discovering feeds and sitemaps.
   */
  private static final class ServedListings implements SourceContext {
    private final String contentType;
    private final byte[] first;
    private final byte[] others;
    private final List<String> fetched = new ArrayList<>();

    ServedListings(String contentType, byte[] first, byte[] others) {
      this.contentType = contentType;
      this.first = first;
      this.others = others;
    }

    @Override
    public FetchResult fetch(URI url) {
      byte[] body = fetched.isEmpty() ? first : others;
      fetched.add(url.toString());
      Map<String, List<String>> headers =
          contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
      return new FetchResult(
          url,
          url,
          200,
          headers,
          body,
          Instant.parse("2026-11-28T08:00:00Z"),
          null,
          null,
          null,
          null,
          1,
          null);
    }

    @Override
    public FetchedPage fetchPage(URI url) {
      throw new AssertionError("discovery of a feed or sitemap fetched a page: " + url);
    }

    @Override
    public List<String> knownUrls() {
      return List.of();
    }

    @Override
    public int pageBudget() {
      return 500;
    }
  }
}
