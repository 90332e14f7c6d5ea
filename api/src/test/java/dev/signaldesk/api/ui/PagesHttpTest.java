package dev.signaldesk.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.api.testing.DemoCorpusDataDir;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages over HTTP, without a browser: headers, escaping, language, status codes, weight. */
@MicronautTest
class PagesHttpTest extends DemoCorpusDataDir {
  @Inject
  @Client("/")
  HttpClient client;

  private HttpResponse<String> get(HttpRequest<?> request) {
    try {
      return client.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> r = (HttpResponse<String>) e.getResponse();
      return r;
    }
  }

  private HttpResponse<String> get(String path) {
    return get(HttpRequest.GET(path));
  }

  private static String body(HttpResponse<String> r) {
    return r.getBody(String.class).orElse("");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/search?q=H100", "/prices", "/pressure", "/fact-check", "/alerts", "/import"})
  void everyPageHasAStrictContentSecurityPolicyAndNoInlineScriptOrStyle(String path) {
    HttpResponse<String> r = get(path);
    assertThat(r.code()).isEqualTo(200);
    String csp = r.header("Content-Security-Policy");
    assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
    String html = body(r);
    assertThat(html).doesNotContain("style=\"").doesNotContain("<style");
    assertThat(html.split("<script")).allSatisfy(part -> assertThat(part).doesNotStartWith(">"));
  }

  @Test
  void searchPageWithScriptsStaysUnderHundredKilobytes() {
    long html = body(get("/search?q=H100")).getBytes(StandardCharsets.UTF_8).length;
    long js =
        body(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js")).length()
            + body(get("/static/app.js")).length();
    assertThat(html + js).isLessThan(100_000);
  }

  @Test
  void queryTextIsEscapedEvenInTheSyntaxError() {
    String q = "<script>alert(1)</script> AND (";
    String html = body(get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    assertThat(html).contains("id=\"q-error\"");
  }

  @Test
  void acceptLanguageChineseGetsChineseLabelsAndTheCookieSwitchesBack() {
    HttpResponse<String> zh =
        get(HttpRequest.GET("/search").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5"));
    assertThat(body(zh)).contains("搜索报道").contains("lang=\"zh-CN\"");
    HttpResponse<String> en =
        get(
            HttpRequest.GET("/search")
                .header("Accept-Language", "zh-CN")
                .cookie(io.micronaut.http.cookie.Cookie.of("lang", "en")));
    assertThat(body(en)).contains("Search reports");
  }

  @Test
  void languageSwitchRefusesToRedirectOffSite() {
    assertThat(LanguageController.localPath("//evil.example/x")).isEqualTo("/");
    assertThat(LanguageController.localPath("https://evil.example")).isEqualTo("/");
    assertThat(LanguageController.localPath("/prices?model=H100")).isEqualTo("/prices?model=H100");
  }

  @Test
  void unknownDocumentIsA404PageAndChatNeedsAKey() {
    assertThat(get("/doc/no-such-report").code()).isEqualTo(404);
    assertThat(get("/doc/" + dev.signaldesk.api.testing.TestReports.CHAT_SELL.id()).code())
        .isEqualTo(403);
  }

  @Test
  void searchPageListsNoChatMessagesWithoutAKey() {
    String chatId = dev.signaldesk.api.testing.TestReports.CHAT_SELL.id();
    String q = java.net.URLEncoder.encode("急出 H800", java.nio.charset.StandardCharsets.UTF_8);
    // The query finds the chat message for a key holder ...
    var keyed = get(HttpRequest.GET("/api/search?kind=chat&q=" + q).bearerAuth(ADMIN_KEY));
    assertThat(dev.signaldesk.api.testing.Http.body(keyed)).contains(chatId);
    // ... but the page, read without a key, does not list it.
    var page = get("/search?q=" + q);
    assertThat(page.code()).isEqualTo(200);
    assertThat(dev.signaldesk.api.testing.Http.body(page)).doesNotContain(chatId);
    var chat = get("/search?kind=chat");
    assertThat(dev.signaldesk.api.testing.Http.body(chat)).contains("API key");
  }

  @Test
  void snippetsKeepOnlyMarkTags() {
    assertThat(MarkOnly.clean("a <mark>H100</mark> <img src=x onerror=alert(1)> &lt;b&gt;"))
        .isEqualTo("a <mark>H100</mark>  &lt;b&gt;");
    assertThat(MarkOnly.clean("<mark onclick=\"x()\">8卡</mark>")).isEqualTo("<mark>8卡</mark>");
  }
}
