package dev.signaldesk.crawler.extract.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.Fixtures;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class Kr36ArticleParserTest {

  private final Kr36ArticleParser parser = new Kr36ArticleParser();

  @Test
  void readsTheArticleFromInitialStateFollowedByMoreJavaScript() {
    ParseResult<Kr36Article> result =
        parser.parseArticle(
            Fixtures.text("sites/36kr/article-state.html"), "https://36kr.com/p/3301234567?f=rss");
    assertThat(result.isOk()).as(String.valueOf(result.failure())).isTrue();
    ExtractedArticle a = result.value().article();
    assertThat(a.extractor()).isEqualTo("36kr-state");
    assertThat(a.title()).isEqualTo("算力租赁市场回暖：H100整机月租三个月上涨三成");
    assertThat(a.author()).isEqualTo("韩冬");
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-06-19T18:01:25+08:00"));
    assertThat(a.publishedAt().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    assertThat(a.language()).isEqualTo("zh");
    assertThat(a.canonicalUrl()).isEqualTo("https://www.36kr.com/p/3301234567");
    assertThat(result.value().summary()).startsWith("推理需求带动高端GPU租金回升");
    assertThat(a.text().split("\n\n")).hasSize(4);
    assertThat(a.text())
        .startsWith("36氪获悉，多家算力服务商")
        .contains("“推理业务起来以后，{好卡}又开始抢手了；")
        .endsWith("36氪经授权发布。")
        .doesNotContain("省略");
  }

  @Test
  void fallsBackToTheDomWhenTheStateIsEncrypted() {
    ParseResult<Kr36Article> result =
        parser.parseArticle(
            Fixtures.text("sites/36kr/article-encrypted.html"),
            "https://www.36kr.com/p/3299000111");
    assertThat(result.isOk()).isTrue();
    Kr36Article k = result.value();
    assertThat(k.stateProblem()).isEqualTo("state is encrypted");
    assertThat(k.article().extractor()).isEqualTo("36kr-dom");
    assertThat(k.article().title()).isEqualTo("智算中心招租难，运营商推出“先用后付”");
    assertThat(k.article().publishedAt())
        .isEqualTo(OffsetDateTime.parse("2025-09-02T10:20:00+08:00"));
    assertThat(k.article().author()).isEqualTo("罗青");
    assertThat(k.article().text().split("\n\n")).hasSize(3);
    assertThat(k.article().text()).contains("每卡每小时2.3元").doesNotContain("推荐阅读");
  }

  @Test
  void failsWithAReasonWhenNeitherStateNorDomHoldAnArticle() {
    ParseResult<Kr36Article> result =
        parser.parseArticle(
            Fixtures.text("sites/36kr/empty-state.html"), "https://www.36kr.com/p/1");
    assertThat(result.isOk()).isFalse();
    assertThat(result.failure()).contains("widgetContent").contains("articleDetailContent");
  }

  @Test
  void reportsWhereMalformedStateJsonBreaks() {
    String html = "<script>window.initialState={\"articleDetail\":{\"x\":tru};</script>";
    ParseResult<Kr36Article> result = parser.parseArticle(html, "https://www.36kr.com/p/1");
    assertThat(result.isOk()).isFalse();
    assertThat(result.failure()).contains("malformed JSON").contains("at char");
  }

  @Test
  void listPageSkipsAdsAndKeepsArticlesInOrder() {
    ParseResult<List<Kr36ListItem>> result =
        parser.parseList(Fixtures.text("sites/36kr/list.html"));
    assertThat(result.isOk()).isTrue();
    List<Kr36ListItem> items = result.value();
    assertThat(items)
        .extracting(Kr36ListItem::itemId)
        .containsExactly(3301000001L, 3301000002L, 3301000003L);
    assertThat(items.get(1).title()).isEqualTo("某智算中心以低于市场价转让800张A800");
    assertThat(items.get(0).publishedAt())
        .isEqualTo(OffsetDateTime.parse("2026-06-16T16:53:20+08:00"));
    assertThat(items.get(0).url()).isEqualTo("https://www.36kr.com/p/3301000001");
    assertThat(items).noneMatch(i -> i.title().contains("广告"));
  }

  @Test
  void listPageWithEncryptedStateFails() {
    ParseResult<List<Kr36ListItem>> result =
        parser.parseList(Fixtures.text("sites/36kr/article-encrypted.html"));
    assertThat(result.failure()).contains("encrypted");
  }
}
