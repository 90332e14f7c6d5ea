package dev.signaldesk.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import dev.signaldesk.api.testing.TestReports;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The CLI's search runs read-only next to a live server that holds the index's writer, and its
 * {@code --json} is the API's JSON.
 */
@MicronautTest
class SearchCommandTest extends IndexedDataDir {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void jsonOutputIsExactlyTheApiResponse() {
    HttpResponse<String> api =
        Http.get(
            client,
            UriBuilder.of("/api/search")
                .queryParam("q", "抛售")
                .queryParam("source", "36kr")
                .queryParam("source", "feed-en")
                .queryParam("kind", "news")
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2025-12-31")
                .queryParam("limit", "1")
                .queryParam("sort", "relevance")
                .toString());

    CliRun cli =
        CliRun.of(
            "search",
            "抛售",
            "--json",
            "--source",
            "36kr",
            "--source",
            "feed-en",
            "--kind",
            "news",
            "--from",
            "2025-01-01",
            "--to",
            "2025-12-31",
            "--limit",
            "1",
            "--sort",
            "relevance",
            "--data",
            dataDir.toString());

    assertThat(cli.code()).as(cli.err()).isZero();
    assertThat(Http.body(api)).contains("nextCursor");
    assertThat(cli.out().trim()).isEqualTo(Http.body(api));
  }

  @Test
  void terminalOutputShowsTitleSourceChinaDateAndMarkedSnippet() {
    CliRun cli = CliRun.of("search", "抛售", "--source", "36kr", "--data", dataDir.toString());

    assertThat(cli.code()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("1 result for '抛售'")
        .contains("1. " + TestReports.SELL_OFF_ZH.title())
        .contains("36kr · news · 2025-03-04")
        .contains("https://36kr.com/p/3100000001")
        .contains("【抛售】")
        .doesNotContain("<mark>");
  }

  @Test
  void querySyntaxErrorPointsAtThePosition() {
    CliRun cli = CliRun.of("search", "H100", "\"sell off", "--data", dataDir.toString());

    assertThat(cli.code()).isEqualTo(2);
    assertThat(cli.err())
        .contains("Unterminated phrase at 5")
        .contains("  H100 \"sell off\n       ^");
  }

  @Test
  void badFilterValueNamesTheOption() {
    CliRun cli = CliRun.of("search", "H100", "--kind", "video", "--data", dataDir.toString());

    assertThat(cli.code()).isEqualTo(2);
    assertThat(cli.err()).contains("'kind'").contains("news or chat");
  }
}
