package dev.signaldesk.api.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.testing.DemoCorpusDataDir;
import dev.signaldesk.api.testing.Http;
import dev.signaldesk.api.testing.IndexedDataDir;
import dev.signaldesk.api.testing.TestReports;
import dev.signaldesk.model.ReportIds;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/fact-check over the demo corpus: the documented claims find their origins. */
@MicronautTest
class FactCheckApiTest extends DemoCorpusDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  private HttpResponse<String> check(String claim, String key) {
    String uri = UriBuilder.of("/api/fact-check").queryParam("claim", claim).toString();
    HttpRequest<?> req = HttpRequest.GET(uri);
    if (key != null) {
      req = HttpRequest.GET(uri).bearerAuth(key);
    }
    try {
      return client.toBlocking().exchange(req, String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> r = (HttpResponse<String>) e.getResponse();
      return r;
    }
  }

  private JsonNode ok(String claim) throws Exception {
    HttpResponse<String> r = check(claim, null);
    assertThat(r.code()).as(Http.body(r)).isEqualTo(200);
    return JSON.readTree(Http.body(r));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "高达80%的新建算力处于闲置 | jazzyear-idle-compute-80-percent-2025-03 | 2025-03-10",
        "8卡H100服务器月租从18万元降至7.5万元 | 36kr-h100-rent-75k-2025-01 | 2025-01-14",
        "one H100 sold for up to 200,000 yuan on the grey market"
            + " | 36kr-h100-grey-market-200k-2023-08 | 2023-08-16",
      })
  void demoClaimFindsItsDocumentedOrigin(String claim, String slug, String day) throws Exception {
    JsonNode r = ok(claim);

    assertThat(r.path("claim").asText()).isEqualTo(claim);
    assertThat(r.path("earliest").path("docId").asText()).isEqualTo(ReportIds.forDemo(slug));
    assertThat(r.path("earliest").path("publishedAt").asText()).startsWith(day);
    assertThat(r.path("earliest").path("supporting").asBoolean()).isTrue();
    assertThat(r.path("passages").size()).isGreaterThan(1);
  }

  @Test
  void claimNumbersAreNormalisedAndMatchedAcrossSpellings() throws Exception {
    JsonNode r = ok("H100 server rent fell from 180,000 to 75,000 yuan a month");

    assertThat(r.path("numbers").findValues("value"))
        .extracting(JsonNode::asDouble)
        .containsExactly(180_000.0, 75_000.0);
    JsonNode origin = passage(r, ReportIds.forDemo("36kr-h100-rent-75k-2025-01"));
    assertThat(origin.path("sentence").asText()).contains("18万元").contains("7.5万元");
    assertThat(origin.path("numbersMatched").toString()).contains("180,000").contains("75,000");
  }

  @Test
  void aRepostSharesItsOriginsStoryAndFollowsIt() throws Exception {
    JsonNode r = ok("有八成新建算力闲置");
    JsonNode origin = passage(r, ReportIds.forDemo("jazzyear-idle-compute-80-percent-2025-03"));
    JsonNode repost = passage(r, ReportIds.forDemo("36kr-repost-idle-compute-80-percent-2025-03"));

    assertThat(origin.path("storyId").asText()).isNotEmpty();
    assertThat(repost.path("storyId").asText()).isEqualTo(origin.path("storyId").asText());
    assertThat(r.path("earliest").path("docId").asText()).isEqualTo(origin.path("docId").asText());
  }

  @Test
  void chatPassagesNeedAKey() throws Exception {
    String claim = "出8卡H800整机，急出";
    JsonNode anonymous = JSON.readTree(Http.body(check(claim, null)));
    JsonNode withKey = JSON.readTree(Http.body(check(claim, IndexedDataDir.ADMIN_KEY)));

    assertThat(anonymous.path("passages").findValuesAsText("docId"))
        .doesNotContain(TestReports.CHAT_SELL.id());
    assertThat(withKey.path("passages").findValuesAsText("docId"))
        .contains(TestReports.CHAT_SELL.id());
  }

  @Test
  void aClaimWithoutWordsIsABadParameter() throws Exception {
    HttpResponse<String> none = check("", null);
    HttpResponse<String> numbersOnly = check("80%", null);

    assertThat(none.code()).isEqualTo(400);
    assertThat(numbersOnly.code()).isEqualTo(400);
    assertThat(JSON.readTree(Http.body(numbersOnly)).path("detail").asText())
        .startsWith("The 'claim' parameter");
  }

  private static JsonNode passage(JsonNode r, String docId) {
    for (JsonNode p : r.path("passages")) {
      if (p.path("docId").asText().equals(docId)) {
        return p;
      }
    }
    throw new AssertionError(docId + " not among " + r.path("passages"));
  }
}
