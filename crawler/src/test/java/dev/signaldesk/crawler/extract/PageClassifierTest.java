package dev.signaldesk.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PageClassifierTest {

  private final PageClassifier classifier = new PageClassifier();

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(
            "https://www.36kr.com/p/3301234567",
            200,
            "sites/36kr/article-state.html",
            PageVerdict.CONTENT),
        Arguments.of(
            "https://www.36kr.com/p/3299000111",
            200,
            "sites/36kr/article-encrypted.html",
            PageVerdict.CONTENT),
        Arguments.of(
            "https://www.36kr.com/information/web_news",
            200,
            "sites/36kr/list.html",
            PageVerdict.CONTENT),
        Arguments.of(
            "https://www.36kr.com/p/3301234567",
            200,
            "sites/36kr/captcha.html",
            PageVerdict.CAPTCHA),
        Arguments.of(
            "https://www.36kr.com/p/3301234567",
            200,
            "sites/36kr/js-challenge.html",
            PageVerdict.JS_CHALLENGE),
        Arguments.of(
            "https://www.36kr.com/p/3301234567",
            200,
            "sites/36kr/empty-state.html",
            PageVerdict.EMPTY_STATE),
        Arguments.of(
            "https://www.jazzyear.com/article_info.html?id=3012",
            200,
            "sites/jazzyear/article.html",
            PageVerdict.CONTENT),
        Arguments.of(
            "https://www.jazzyear.com/article_info.html?id=9999",
            200,
            "sites/jazzyear/soft404.html",
            PageVerdict.SOFT_404),
        Arguments.of(
            "https://www.jazzyear.com/", 200, "sites/jazzyear/home.html", PageVerdict.CONTENT),
        Arguments.of(
            "https://mp.weixin.qq.com/s/Xk9",
            200,
            "sites/wechat/article.html",
            PageVerdict.CONTENT),
        Arguments.of(
            "https://mp.weixin.qq.com/s/Xk9",
            200,
            "sites/wechat/deleted.html",
            PageVerdict.DELETED),
        Arguments.of(
            "https://mp.weixin.qq.com/s/Xk9",
            200,
            "sites/wechat/verify.html",
            PageVerdict.ENV_ABNORMAL),
        Arguments.of(
            "https://mp.weixin.qq.com/mp/wappoc_appmsgcaptcha?poc_token=x",
            200,
            "sites/wechat/article.html",
            PageVerdict.CAPTCHA),
        Arguments.of(
            "https://www.computeledger.example/x",
            200,
            "extraction/en/en01.html",
            PageVerdict.CONTENT),
        Arguments.of(
            "https://www.computeledger.example/x",
            404,
            "extraction/en/en01.html",
            PageVerdict.SOFT_404));
  }

  @ParameterizedTest(name = "{2} ({1}) -> {3}")
  @MethodSource("fixtures")
  void classifiesFixturePages(String url, int status, String file, PageVerdict expected) {
    PageClassification c = classifier.classify(url, status, Fixtures.text(file));
    assertThat(c.verdict()).as(c.reason()).isEqualTo(expected);
    assertThat(c.reason().isEmpty()).isEqualTo(expected == PageVerdict.CONTENT);
  }

  static Stream<Arguments> inline() {
    return Stream.of(
        Arguments.of(
            "https://example.com/a",
            200,
            "<html><head><title>Page not found</title></head><body><p>Sorry.</p></body></html>",
            PageVerdict.SOFT_404),
        Arguments.of(
            "https://example.com/a",
            200,
            "<html><head><title>404 页面不存在</title></head><body>返回首页</body></html>",
            PageVerdict.SOFT_404),
        Arguments.of(
            "https://example.com/a",
            200,
            "<html><body><script>document.cookie='x=1';window.location='/a'</script></body></html>",
            PageVerdict.JS_CHALLENGE),
        Arguments.of(
            "https://example.com/app",
            200,
            "<html><body><div id=app></div><script src=/app.js></script></body></html>",
            PageVerdict.CONTENT),
        Arguments.of("https://example.com/a", 503, "", PageVerdict.SOFT_404),
        Arguments.of(
            "https://news.example.cn/a/1.html",
            200,
            "<html><body><div class=content><p>"
                + "监测站报告环境异常后，当地数据中心暂停了扩建计划，相关部门表示将进一步调查。".repeat(20)
                + "</p><p>另有一篇旧文章已被发布者删除。</p></div></body></html>",
            PageVerdict.CONTENT),
        Arguments.of(
            "https://www.36kr.com/information/web_news",
            200,
            "<script>window.initialState={\"information\":{\"informationList\":{\"itemList\":[]}}}</script>",
            PageVerdict.EMPTY_STATE),
        Arguments.of(
            "https://www.36kr.com/p/1",
            200,
            "<script>window.initialState={};window.x=1</script>",
            PageVerdict.EMPTY_STATE));
  }

  @ParameterizedTest(name = "[{index}] {1} -> {3}")
  @MethodSource("inline")
  void classifiesInlinePages(String url, int status, String html, PageVerdict expected) {
    assertThat(classifier.classify(url, status, html).verdict()).isEqualTo(expected);
  }
}
