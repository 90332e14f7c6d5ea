package dev.signaldesk.api.signals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signaldesk.api.testing.DemoCorpusDataDir;
import dev.signaldesk.api.testing.Http;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest
class SignalsApiTest extends DemoCorpusDataDir {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  private JsonNode getJson(String uri, String key) throws Exception {
    HttpRequest<?> req = HttpRequest.GET(uri);
    if (key != null) {
      req = HttpRequest.GET(uri).bearerAuth(key);
    }
    HttpResponse<String> r;
    try {
      r = client.toBlocking().exchange(req, String.class);
    } catch (HttpClientResponseException e) {
      throw new AssertionError(
          uri + " answered " + e.getStatus() + ": " + Http.body(e.getResponse()));
    }
    return JSON.readTree(Http.body(r));
  }

  private static double meanMedian(JsonNode series, String yearPrefix) {
    List<Double> medians = new ArrayList<>();
    for (JsonNode p : series) {
      if (p.path("period").asText().startsWith(yearPrefix) && p.hasNonNull("median")) {
        medians.add(p.path("median").asDouble());
      }
    }
    assertThat(medians).as("months with an H100 rent median in " + yearPrefix).isNotEmpty();
    return medians.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  @Test
  void h100RentMonthlySeriesFallsFromAbout30In2023ToAbout13In2025() throws Exception {
    JsonNode body = getJson("/api/signals/prices?model=h100&kind=rent&interval=month", null);

    assertThat(body.path("model").asText()).isEqualTo("H100");
    assertThat(body.path("kind").asText()).isEqualTo("RENT");
    assertThat(body.path("unit").asText()).isEqualTo("CNY per GPU-hour");
    assertThat(body.path("methodologyVersion").asText()).startsWith("signaldesk-price/");
    JsonNode series = body.path("series");
    assertThat(meanMedian(series, "2023")).isBetween(25.0, 35.0);
    assertThat(meanMedian(series, "2025")).isBetween(10.0, 16.0);
    JsonNode first = series.get(0);
    for (String field :
        List.of("period", "p25", "p75", "min", "max", "mentions", "stories", "sources")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(first.has("excluded")).isTrue();
    assertThat(first.has("sufficient")).isTrue();
  }

  @Test
  void everyPointsReceiptsLeadToTheSentenceInTheirDocument() throws Exception {
    JsonNode series =
        getJson("/api/signals/prices?model=H100&kind=rent&interval=month", null).path("series");
    int checked = 0;
    for (JsonNode point : series) {
      String period = point.path("period").asText();
      JsonNode receipts =
          getJson(
                  "/api/signals/prices/receipts?model=H100&kind=rent&interval=month&period="
                      + period,
                  ADMIN_KEY)
              .path("receipts");
      assertThat(receipts.size()).as(period).isGreaterThanOrEqualTo(point.path("mentions").asInt());
      for (JsonNode receipt : receipts) {
        JsonNode doc = getJson(receipt.path("document").asText(), ADMIN_KEY);
        String text = doc.path("text").asText();
        String sentence = receipt.path("sentence").asText();
        assertThat(sentence).isNotBlank();
        assertThat(text).contains(sentence);
        String price = text.substring(receipt.path("start").asInt(), receipt.path("end").asInt());
        assertThat(sentence).as("receipt %s", receipt).contains(price);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void anonymousReceiptsQuoteNewsOnly() throws Exception {
    JsonNode series =
        getJson("/api/signals/prices?model=H100&kind=rent&interval=month&sourceKind=chat", null)
            .path("series");
    assertThat(series.size()).as("chat H100 rent periods in the demo").isPositive();
    String period = series.get(0).path("period").asText();
    String uri =
        "/api/signals/prices/receipts?model=H100&kind=rent&interval=month&sourceKind=chat&period="
            + period;

    assertThat(getJson(uri, ADMIN_KEY).path("receipts").size()).isPositive();
    for (JsonNode r : getJson(uri, null).path("receipts")) {
      assertThat(r.path("reportId").asText()).doesNotStartWith("chat-");
    }
  }

  @Test
  void selloffAndSentimentAnswerPerPeriod() throws Exception {
    JsonNode selloff =
        getJson("/api/signals/selloff?interval=month&from=2024-01-01&to=2025-12-31", null);
    JsonNode sentiment = getJson("/api/signals/sentiment?interval=week", null);

    assertThat(selloff.path("interval").asText()).isEqualTo("month");
    assertThat(selloff.path("series").size()).isPositive();
    for (JsonNode p : selloff.path("series")) {
      assertThat(p.path("period").asText()).matches("202[45]-\\d\\d");
      assertThat(p.has("sell") && p.has("buy") && p.has("sellTalkShare")).isTrue();
    }
    assertThat(sentiment.path("series").get(0).path("period").asText()).matches("\\d{4}-W\\d\\d");
    assertThat(sentiment.path("series").get(0).has("mean")).isTrue();
  }

  @Test
  void signalQueryFieldsWorkInSearch() throws Exception {
    JsonNode cheap = search("model:H100 signal:price price_cny_gpu_hour:[0 TO 15]");
    JsonNode any = search("model:H100 signal:price");

    assertThat(cheap.path("total").asLong()).isPositive();
    assertThat(any.path("total").asLong()).isGreaterThan(cheap.path("total").asLong());
  }

  private JsonNode search(String q) throws Exception {
    return getJson(
        "/api/search?limit=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), ADMIN_KEY);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/signals/prices?kind=rent|'model' parameter is required",
        "/api/signals/prices?model=Z999|'model' parameter 'Z999' is not a known GPU model",
        "/api/signals/prices?model=H100&kind=lease|'kind' parameter must be one of rent, sale",
        "/api/signals/prices?model=H100&interval=year|'interval' parameter must be one of day",
        "/api/signals/prices?model=H100&from=2025-13-01|'from' parameter must be a date",
        "/api/signals/prices?model=H100&from=2025-05-01&to=2025-01-01|must not be after 'to'",
        "/api/signals/prices?model=H100&currency=eur|'currency' parameter must be one of cny, usd",
        "/api/signals/prices/receipts?model=H100|'period' parameter is required",
        "/api/signals/prices/receipts?model=H100&period=2025-3x|'period' parameter must be a month",
        "/api/signals/selloff?interval=hour|'interval' parameter",
        "/api/signals/sentiment?to=yesterday|'to' parameter must be a date",
      })
  void badParametersAreProblemsNamingTheParameter(String uri, String detail) throws Exception {
    HttpResponse<String> r = Http.get(client, uri);

    assertThat(r.code()).isEqualTo(400);
    assertThat(r.getContentType().map(Object::toString)).contains("application/problem+json");
    assertThat(JSON.readTree(Http.body(r)).path("detail").asText()).contains(detail);
  }
}
