package dev.signaldesk.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import dev.signaldesk.api.testing.TestReports;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** {@code signaldesk search --model/--side/--no-collapse}: the same filters as the API. */
@MicronautTest
class SearchCommandSignalsTest extends IndexedDataDir {

  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void modelFilterJsonIsExactlyTheApiResponse() {
    HttpResponse<String> api =
        Http.get(client, "/api/search?model=h100&collapse=false&sort=newest");

    CliRun cli =
        CliRun.of(
            "search",
            "--json",
            "--model",
            "h100",
            "--no-collapse",
            "--sort",
            "newest",
            "--data",
            dataDir.toString());

    assertThat(cli.code()).as(cli.err()).isZero();
    assertThat(cli.out().trim()).isEqualTo(Http.body(api));
    assertThat(cli.out())
        .contains(TestReports.SELL_OFF_ZH.id())
        .doesNotContain(TestReports.A100_ZH.id());
  }

  @Test
  void sideFilterKeepsTheSellOffer() {
    CliRun cli = CliRun.of("search", "--json", "--side", "sell", "--data", dataDir.toString());

    assertThat(cli.code()).as(cli.err()).isZero();
    assertThat(cli.out()).contains(TestReports.CHAT_SELL.id());
  }
}
