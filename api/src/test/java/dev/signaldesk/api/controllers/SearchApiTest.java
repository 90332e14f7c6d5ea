package dev.signaldesk.api.controllers;

import static dev.signaldesk.api.testing.SearchCalls.hit;
import static dev.signaldesk.api.testing.SearchCalls.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import dev.signaldesk.api.testing.SearchCalls;
import dev.signaldesk.api.testing.TestReports;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /api/search end to end over a real on-disk index. */
@MicronautTest
class SearchApiTest extends IndexedDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  private JsonNode search(String... params) throws Exception {
    // With a key: chat messages are only searchable by key holders (see the anonymous test).
    return SearchCalls.search(client, ADMIN_KEY, params);
  }

  @Test
  void anonymousCallersSearchNewsOnlyAndAreToldThatChatNeedsAKey() throws Exception {
    HttpResponse<String> all = Http.get(client, "/api/search?q=");
    assertThat(all.code()).isEqualTo(200);
    JsonNode r = JSON.readTree(Http.body(all));
    assertThat(ids(r)).doesNotContain(TestReports.CHAT_SELL.id());
    assertThat(r.path("facets").path("kind").has("chat")).isFalse();

    HttpResponse<String> chat = Http.get(client, "/api/search?kind=chat");
    assertThat(chat.code()).isEqualTo(400);
    assertThat(Http.body(chat)).contains("API key");
  }

  @Test
  void chineseSellOffQueryHighlightsTheWordInTheSnippet() throws Exception {
    JsonNode r = search("q", "抛售");

    JsonNode hit = hit(r, TestReports.SELL_OFF_ZH);
    assertThat(hit.path("snippet").asText()).contains("<mark>抛售</mark>");
    assertThat(hit.path("title").asText()).isEqualTo("内蒙古智算中心抛售闲置H100服务器");
    assertThat(hit.path("source").asText()).isEqualTo("36kr");
    assertThat(hit.path("kind").asText()).isEqualTo("news");
    assertThat(hit.path("url").asText()).isEqualTo("https://36kr.com/p/3100000001");
    assertThat(hit.path("publishedAt").asText()).isEqualTo("2025-03-04T02:00:00Z");
  }

  @Test
  void modelNameIsOneTokenSoH100FindsH100AndHundredDoesNot() throws Exception {
    assertThat(ids(search("q", "H100")))
        .contains(TestReports.SELL_OFF_ZH.id(), TestReports.DUMP_EN.id())
        .doesNotContain(TestReports.A100_ZH.id());

    assertThat(ids(search("q", "100")))
        .contains(TestReports.A100_ZH.id())
        .doesNotContain(TestReports.SELL_OFF_ZH.id(), TestReports.DUMP_EN.id());
  }

  @Test
  void nvidiaFindsTheChineseSpelling() throws Exception {
    assertThat(ids(search("q", "Nvidia")))
        .contains(TestReports.SELL_OFF_ZH.id(), TestReports.DUMP_EN.id());
  }

  @Test
  void sourceFilterRepeatsAndFacetsCountTheWholeResult() throws Exception {
    JsonNode all = search("q", "");
    assertThat(all.path("total").asLong()).isEqualTo(TestReports.ALL.size());
    assertThat(all.path("facets").path("source").path("feed-en").asLong()).isEqualTo(2);
    assertThat(all.path("facets").path("kind").path("news").asLong()).isEqualTo(4);
    assertThat(all.path("facets").path("kind").path("chat").asLong()).isEqualTo(1);

    JsonNode two = search("source", "36kr", "source", "jazzyear");
    assertThat(ids(two))
        .containsExactlyInAnyOrder(TestReports.SELL_OFF_ZH.id(), TestReports.A100_ZH.id());
  }

  @Test
  void facetsFalseSkipsTheFacetCountsButKeepsTheTotal() throws Exception {
    JsonNode r = search("q", "", "facets", "false");
    assertThat(r.path("total").asLong()).isEqualTo(TestReports.ALL.size());
    assertThat(r.path("facets").size()).isZero();
    assertThat(search("q", "").path("facets").size()).isPositive();
  }

  @Test
  void kindFilterKeepsOnlyChatMessages() throws Exception {
    assertThat(ids(search("kind", "chat"))).containsExactly(TestReports.CHAT_SELL.id());
  }

  @Test
  void dateFiltersUseChinaDaysAndAcceptInstants() throws Exception {
    // The chat message was sent 2025-04-30T17:30Z, which is already 1 May in China.
    assertThat(ids(search("from", "2025-04-01", "to", "2025-04-30")))
        .containsExactly(TestReports.DUMP_EN.id());
    assertThat(ids(search("from", "2025-05-01", "to", "2025-05-01")))
        .containsExactly(TestReports.CHAT_SELL.id());
    assertThat(ids(search("from", "2025-04-30T17:00:00Z", "to", "2025-04-30T18:00:00Z")))
        .containsExactly(TestReports.CHAT_SELL.id());
  }

  @Test
  void cursorPagingVisitsEveryReportOnceNewestFirst() throws Exception {
    List<String> seen = new ArrayList<>();
    JsonNode page = search("sort", "newest", "limit", "2");
    int pages = 1;
    while (true) {
      seen.addAll(ids(page));
      String cursor = page.path("nextCursor").asText(null);
      if (cursor == null || page.path("nextCursor").isNull()) {
        break;
      }
      page = search("sort", "newest", "limit", "2", "cursor", cursor);
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen)
        .containsExactly(
            TestReports.RECOVERY_EN.id(),
            TestReports.A100_ZH.id(),
            TestReports.CHAT_SELL.id(),
            TestReports.DUMP_EN.id(),
            TestReports.SELL_OFF_ZH.id());
  }

  @Test
  void badQuerySyntaxIsA400ProblemWithThePosition() throws Exception {
    HttpResponse<String> r =
        Http.get(
            client, UriBuilder.of("/api/search").queryParam("q", "H100 \"sell off").toString());

    assertThat(r.code()).isEqualTo(400);
    assertThat(r.getContentType().map(Object::toString)).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(Http.body(r));
    assertThat(problem.path("type").asText()).isEqualTo("urn:signaldesk:problem:bad-query");
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("position").asInt()).isEqualTo(5);
    assertThat(problem.path("detail").asText()).contains("Unterminated phrase");
  }

  @Test
  void forgedCursorIsA400ProblemNotA500() throws Exception {
    HttpResponse<String> r = Http.get(client, "/api/search?q=H100&cursor=not-a-cursor");

    assertThat(r.code()).isEqualTo(400);
    assertThat(JSON.readTree(Http.body(r)).path("detail").asText()).contains("cursor");
  }
}
