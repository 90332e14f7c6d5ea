package dev.signaldesk.crawler.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.UrlCanonicalizer;
import dev.signaldesk.crawler.extract.site.JazzyearParser;
import dev.signaldesk.crawler.extract.site.Kr36ArticleParser;
import dev.signaldesk.crawler.extract.site.ParseResult;
import dev.signaldesk.crawler.extract.site.WeChatArticleParser;
import dev.signaldesk.testsupport.PerInputTimeLimit;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the HTML parsers: generic article extraction, the 36Kr {@code window.initialState} and DOM
 * readers, WeChat articles, Jiazi Guangnian pages and URL canonicalisation. Input bytes are read as
 * UTF-8 (malformed sequences become U+FFFD, as after a lossy decode); {@link
 * CharsetDetectionFuzzTest} covers the bytes-to-text step.
 *
 * <p>Properties: no exception (a page that is not an article is a failed {@link ParseResult}, not a
 * throw); every article has a title and a text; no input takes longer than {@value
 * ChatImportFuzzTest#LIMIT_MILLIS} ms.
 *
 * <p>Seeds: the fixture pages of {@code src/test/resources/extraction} (generic extraction) and
 * {@code src/test/resources/sites} (36Kr, WeChat, Jiazi Guangnian), which the crawler pom copies
 * into this class's {@code Inputs/<method>} directories under {@code target/test-classes} rather
 * than keeping copies in the source tree ({@link HtmlExtractionSeedsTest} checks they arrive), plus
 * the regression inputs and URL seeds kept in {@code src/test/resources}.
 */
class HtmlExtractionFuzzTest {

  private static final String URL = "https://www.36kr.com/p/3051234567890123";
  private static final PerInputTimeLimit LIMIT =
      new PerInputTimeLimit(ChatImportFuzzTest.LIMIT_MILLIS);

  @FuzzTest(maxDuration = "5m")
  void genericExtractionAlwaysYieldsAnArticle(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    ExtractedArticle article =
        LIMIT.run(() -> new ArticleExtractor().extract(html, "https://example.com/news/1.html"));
    assertWellFormed(article);
  }

  @FuzzTest(maxDuration = "5m")
  void kr36PagesParseOrFailAsData(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    Kr36ArticleParser parser = new Kr36ArticleParser();
    LIMIT.run(
        () -> {
          parser.parseArticle(html, URL).toOptional().ifPresent(a -> assertWellFormed(a.article()));
          ParseResult<?> list = parser.parseList(html);
          assertThat(list.isOk() || list.failure() != null).isTrue();
          return null;
        });
  }

  @FuzzTest(maxDuration = "5m")
  void weChatAndJazzyearPagesParseOrFailAsData(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    LIMIT.run(
        () -> {
          new WeChatArticleParser()
              .parse(html, "https://mp.weixin.qq.com/s/AbCdEf")
              .toOptional()
              .ifPresent(a -> assertWellFormed(a.article()));
          JazzyearParser jazzyear = new JazzyearParser();
          jazzyear.parseHome(html);
          jazzyear
              .parseArticle(html, "https://www.jazzyear.com/article_info.html?id=1234")
              .toOptional()
              .ifPresent(HtmlExtractionFuzzTest::assertWellFormed);
          return null;
        });
  }

  @FuzzTest(maxDuration = "5m")
  void canonicalisationIsTotalAndStable(byte[] input) {
    String url = new String(input, StandardCharsets.UTF_8);
    String once = LIMIT.run(() -> UrlCanonicalizer.canonicalize(url));
    assertThat(once).isNotNull();
    assertThat(LIMIT.run(() -> UrlCanonicalizer.canonicalize(once)))
        .as("canonicalising a canonical URL changes nothing")
        .isEqualTo(once);
  }

  private static void assertWellFormed(ExtractedArticle article) {
    assertThat(article.title()).isNotNull();
    assertThat(article.text()).isNotNull();
    assertThat(article.links()).doesNotContainNull();
  }
}
