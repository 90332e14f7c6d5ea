package dev.signaldesk.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlCanonicalizerTest {

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("HTTPS://WWW.36Kr.COM/p/123", "https://www.36kr.com/p/123"),
        Arguments.of("https://36kr.com/p/3301234567?f=rss", "https://36kr.com/p/3301234567"),
        Arguments.of("http://example.com:80/a", "http://example.com/a"),
        Arguments.of("https://example.com:443/a", "https://example.com/a"),
        Arguments.of("https://example.com:8443/a", "https://example.com:8443/a"),
        Arguments.of("https://example.com", "https://example.com/"),
        Arguments.of("https://example.com/a#comments", "https://example.com/a"),
        Arguments.of(
            "https://example.com/a?utm_source=x&utm_medium=social&b=2&a=1",
            "https://example.com/a?a=1&b=2"),
        Arguments.of("https://example.com/a?spm=a2c4g.11186623&id=5", "https://example.com/a?id=5"),
        Arguments.of("https://example.com/a?from=timeline&id=5", "https://example.com/a?id=5"),
        Arguments.of("https://example.com/a?source=rss", "https://example.com/a"),
        Arguments.of(
            "https://example.com/search?source=annual-report",
            "https://example.com/search?source=annual-report"),
        Arguments.of(
            "https://example.com/flights?from=PEK&to=SHA",
            "https://example.com/flights?from=PEK&to=SHA"),
        Arguments.of("https://example.com/a?f=pdf", "https://example.com/a?f=pdf"),
        Arguments.of("https://example.com/a?fbclid=IwAR0x&gclid=abc", "https://example.com/a"),
        Arguments.of(
            "https://www.jazzyear.com/article_info.html?id=3004&from=home",
            "https://www.jazzyear.com/article_info.html?id=3004"),
        Arguments.of(
            "https://mp.weixin.qq.com/s/Xk9zh04QpLm3vT7wYzR2bN4c?scene=1&from=groupmessage#rd",
            "https://mp.weixin.qq.com/s/Xk9zh04QpLm3vT7wYzR2bN4c"),
        Arguments.of(
            "http://mp.weixin.qq.com/s?__biz=MzA4&mid=2649&idx=1&sn=3c5e&chksm=87a1&scene=27#rd",
            "http://mp.weixin.qq.com/s?__biz=MzA4&idx=1&mid=2649&sn=3c5e"),
        Arguments.of("not a url", "not a url"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("table")
  void canonicalisesUrls(String input, String expected) {
    assertThat(UrlCanonicalizer.canonicalize(input)).isEqualTo(expected);
  }

  @Test
  void sameArticleFromFeedAndShareLinkGetsOneUrl() {
    assertThat(UrlCanonicalizer.canonicalize("https://36kr.com/p/1?f=rss"))
        .isEqualTo(UrlCanonicalizer.canonicalize("https://36kr.com/p/1?utm_source=weibo#top"));
  }

  @Test
  void readsRelativeLinkRelCanonicalAgainstThePageUrl() {
    var doc =
        Jsoup.parse(
            "<html><head><link rel=\"canonical\" href=\"/news/42?utm_campaign=x\"></head></html>",
            "https://Example.com/news/42?ref=rss");
    assertThat(UrlCanonicalizer.canonicalFor(doc, "https://Example.com/news/42?ref=rss"))
        .isEqualTo("https://example.com/news/42");
  }

  @Test
  void fallsBackToThePageUrlWithoutDeclaredCanonical() {
    var doc = Jsoup.parse("<html><head></head></html>", "https://example.com/x");
    assertThat(UrlCanonicalizer.canonicalFor(doc, "https://example.com/x?utm_source=a"))
        .isEqualTo("https://example.com/x");
  }
}
