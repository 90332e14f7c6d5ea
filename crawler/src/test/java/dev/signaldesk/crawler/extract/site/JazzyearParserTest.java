package dev.signaldesk.crawler.extract.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.Fixtures;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JazzyearParserTest {

  private final JazzyearParser parser = new JazzyearParser();

  @Test
  void homePageCardsGiveArticleIdsOncePerIdInPageOrder() {
    ParseResult<List<Long>> ids = parser.parseHome(Fixtures.text("sites/jazzyear/home.html"));
    assertThat(ids.value()).containsExactly(3012L, 3011L, 3009L, 3004L);
  }

  @Test
  void scriptOnlyHomeShellFailsWithAReasonInsteadOfAnEmptyList() {
    ParseResult<List<Long>> ids = parser.parseHome(Fixtures.text("sites/jazzyear/home-shell.html"));
    assertThat(ids.isOk()).isFalse();
    assertThat(ids.failure()).contains("script-only shell");
  }

  @Test
  void articleDateComesFromTheBylineNotFromRelatedLists() {
    ParseResult<ExtractedArticle> result =
        parser.parseArticle(
            Fixtures.text("sites/jazzyear/article.html"),
            "https://www.jazzyear.com/article_info.html?id=3012");
    ExtractedArticle a = result.value();
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-07-20T00:00:00+08:00"));
  }

  @Test
  void articleTitleDropsTheSiteSuffixAndBodyDropsRelatedLists() {
    ExtractedArticle a =
        parser
            .parseArticle(
                Fixtures.text("sites/jazzyear/article.html"),
                "https://www.jazzyear.com/article_info.html?id=3012")
            .value();
    assertThat(a.title()).isEqualTo("算力“退烧”之后：智算中心的第二曲线");
    assertThat(a.author()).isEqualTo("甲子光年产业研究组");
    assertThat(a.text().split("\n\n")).hasSize(4);
    assertThat(a.text()).startsWith("过去三年").doesNotContain("一张H100的三次转手").doesNotContain("扫码");
    assertThat(a.canonicalUrl()).isEqualTo("https://www.jazzyear.com/article_info.html?id=3012");
    assertThat(a.links()).contains("https://www.jazzyear.com/article_info.html?id=3011");
  }

  @Test
  void softNotFoundPageIsAFailureNotAnArticle() {
    ParseResult<ExtractedArticle> result =
        parser.parseArticle(
            Fixtures.text("sites/jazzyear/soft404.html"),
            "https://www.jazzyear.com/article_info.html?id=9999");
    assertThat(result.isOk()).isFalse();
    assertThat(result.failure()).contains("soft 404");
  }
}
