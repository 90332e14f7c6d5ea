package dev.signaldesk.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the end-to-end crawl tests: a WireMock server standing in for the site (no robots.txt
 * unless a test stubs one), a fresh data directory and a test bed with a fake clock.
 */
abstract class LocalSiteTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path data;
  CrawlTestBed bed;

  @BeforeEach
  void setUpSite() {
    ExtractReady.assumeClassifier();
    bed = new CrawlTestBed(data);
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
  }
}
