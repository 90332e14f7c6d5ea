package dev.signaldesk.crawler.extract.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.Fixtures;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WeChatArticleParserTest {

  private final WeChatArticleParser parser = new WeChatArticleParser();
  private static final String URL =
      "https://mp.weixin.qq.com/s/Xk9aB3cD4eF5gH6iJ7kL8m?scene=1&from=timeline";

  @Test
  void readsTitleAccountAuthorAndHiddenBody() {
    ParseResult<WeChatArticle> result =
        parser.parse(Fixtures.text("sites/wechat/article.html"), URL);
    assertThat(result.isOk()).as(String.valueOf(result.failure())).isTrue();
    WeChatArticle w = result.value();
    ExtractedArticle a = w.article();
    assertThat(a.title()).isEqualTo("一张H100的三次转手");
    assertThat(w.account()).isEqualTo("甲子光年");
    assertThat(a.author()).isEqualTo("甲子光年");
    assertThat(a.extractor()).isEqualTo("wechat");
    assertThat(a.text()).startsWith("2023年春天，这张H100第一次易手时，价格是20万元。");
    assertThat(a.text()).contains("每月7万元").doesNotContain("阅读原文");
  }

  @Test
  void publishTimeComesFromVarCtNotFromThePublishTimeElement() {
    ExtractedArticle a =
        parser.parse(Fixtures.text("sites/wechat/article.html"), URL).value().article();
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-07-20T10:00:00+08:00"));
  }

  @Test
  void canonicalUrlKeepsOnlyTheArticleIdentifyingParameters() {
    ExtractedArticle a =
        parser.parse(Fixtures.text("sites/wechat/article.html"), URL).value().article();
    assertThat(a.canonicalUrl())
        .isEqualTo(
            "http://mp.weixin.qq.com/s?__biz=MzA4NzQ0MTQ2MA==&idx=1&mid=2649812345"
                + "&sn=3c5e1d0a9b8f7e6d5c4b3a2918f7e6d5");
  }

  @Test
  void deletedArticleIsAFailure() {
    ParseResult<WeChatArticle> result =
        parser.parse(Fixtures.text("sites/wechat/deleted.html"), URL);
    assertThat(result.isOk()).isFalse();
    assertThat(result.failure()).startsWith("DELETED");
  }

  @Test
  void verificationPageIsAFailure() {
    ParseResult<WeChatArticle> result =
        parser.parse(Fixtures.text("sites/wechat/verify.html"), URL);
    assertThat(result.failure()).startsWith("ENV_ABNORMAL");
    ParseResult<WeChatArticle> byPath =
        parser.parse(
            Fixtures.text("sites/wechat/article.html"),
            "https://mp.weixin.qq.com/mp/wappoc_appmsgcaptcha?poc_token=x");
    assertThat(byPath.failure()).startsWith("CAPTCHA");
  }
}
