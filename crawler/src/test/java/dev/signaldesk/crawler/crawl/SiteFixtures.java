package dev.signaldesk.crawler.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The extract branch's site fixtures ({@code src/test/resources/sites/}) as WireMock responses. */
final class SiteFixtures {
  private SiteFixtures() {}

  static byte[] bytes(String path) {
    try (InputStream in = SiteFixtures.class.getResourceAsStream("/sites/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test fixture sites/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ResponseDefinitionBuilder html(String path) {
    return aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody(bytes(path));
  }

  static ResponseDefinitionBuilder xml(String path) {
    return aResponse()
        .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
        .withBody(bytes(path));
  }
}
