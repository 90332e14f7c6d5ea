package dev.signaldesk.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleExtractorTest {

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String BODY_ZH =
      "<p>多位算力经纪人向记者证实，目前一台8卡H100服务器的月租金已降至7.5万元左右，较2023年高峰时期下降超过一半。</p>"
          + "<p>部分运营商已开始推出三个月的短期试用合同，并提供免费迁移服务；也有机房以低于市场价的方式整体出租。</p>";

  private static final String BODY_EN =
      "<p>Monthly rent for an eight-GPU H100 server has dropped to roughly 75,000 yuan, brokers say, less than"
          + " half of what the same machines fetched in 2023.</p><p>Operators are now competing for a shrinking"
          + " pool of tenants, and some offer three-month trials, free migration and other incentives.</p>";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<span class=time>2024年3月18日 09:30</span>|2024-03-18T09:30+08:00",
        "<span class=date>2024-03-18</span>|2024-03-18T00:00+08:00",
        "<div class=info>发布时间：2024/03/18 21:05:09 来源：某网</div>|2024-03-18T21:05:09+08:00",
        "<time datetime='2024-03-18T09:30:00+08:00'>3月18日</time>|2024-03-18T09:30+08:00"
      })
  void readsChinesePublishTimesNearTheTitle(String dateHtml, String expected) {
    String html =
        "<html><body><h1>算力租赁价格下行</h1>"
            + dateHtml
            + "<div class=content>"
            + BODY_ZH
            + "</div></body></html>";
    ExtractedArticle a = extractor.extract(html, "https://news.example.cn/a/1.html");
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse(expected));
    assertThat(a.language()).isEqualTo("zh");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<p class=dateline>Published March 18, 2024 at 9:30 PM</p>|2024-03-18T21:30Z",
        "<span class=date>18 Sept. 2024</span>|2024-09-18T00:00Z"
      })
  void readsEnglishVisibleDatesInUtcWhenNoZoneIsGiven(String dateHtml, String expected) {
    String html =
        "<html><body><h1>Rents slide</h1>" + dateHtml + "<div>" + BODY_EN + "</div></body></html>";
    assertThat(extractor.extract(html, "https://example.com/a").publishedAt())
        .isEqualTo(OffsetDateTime.parse(expected));
  }

  @Test
  void metaPublishedTimeKeepsItsZone() {
    String html =
        "<html><head><meta property='article:published_time' content='2025-02-14T09:20:00-05:00'></head>"
            + "<body><h1>Rents slide</h1><div>"
            + BODY_EN
            + "</div></body></html>";
    ExtractedArticle a = extractor.extract(html, "https://example.com/a");
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-02-14T09:20:00-05:00"));
    assertThat(a.publishedAt().getOffset().getId()).isEqualTo("-05:00");
  }

  @Test
  void jsonLdSuppliesBodyHeadlineAuthorAndDate() {
    String html =
        "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Rents slide\",\"datePublished\":\"2025-02-14T09:20:00Z\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Megan Holt\"}],\"articleBody\":\"Monthly rent for an eight-GPU"
            + " H100 server has dropped to roughly 75,000 yuan, brokers say, less than half of what the same machines"
            + " fetched in 2023.\n\nOperators are now competing for a shrinking pool of tenants, and some offer"
            + " three-month trials, free migration and other incentives.\"}]}</script></head>"
            + "<body><div class=promo><p>Subscribe today and save 50 percent on your first year of access to everything.</p></div>"
            + "<article>"
            + BODY_EN
            + "</article></body></html>";
    ExtractedArticle a = extractor.extract(html, "https://example.com/a");
    assertThat(a.extractor()).isEqualTo("json-ld");
    assertThat(a.author()).isEqualTo("Megan Holt");
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-02-14T09:20:00Z"));
    assertThat(a.text().split("\n\n")).hasSize(2);
    assertThat(a.text()).doesNotContain("Subscribe");
  }

  @Test
  void truncatedJsonLdTeaserDoesNotReplaceTheFullDomBody() {
    String longBody =
        BODY_EN
            + "<p>Analysts said the discounts were deepest in western provinces, where several halls built"
            + " in 2023 have never been more than a third full and landlords now accept almost any offer.</p>"
            + "<p>Brokers expect the gap between new and old hardware to widen further this year, as"
            + " inference customers pay a premium for the newest cards while older ones sit idle.</p>";
    String html =
        "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Rents slide\","
            + "\"articleBody\":\"Monthly rent for an eight-GPU H100 server has dropped to roughly 75,000 yuan,"
            + " brokers say, less than half of what the same machines fetched in 2023. Operators are...\"}</script>"
            + "</head><body><div class=story>"
            + longBody
            + "</div></body></html>";
    ExtractedArticle a = extractor.extract(html, "https://example.com/a");
    assertThat(a.extractor()).isEqualTo("density");
    assertThat(a.text()).contains("inference customers pay a premium");
  }

  @Test
  void splitItempropBodiesAreAllKept() {
    String html =
        "<html><body><h1>Rents slide</h1><div itemprop=articleBody>"
            + BODY_EN
            + "</div>"
            + "<div class=ad-slot><p>Advertisement</p></div><div itemprop=articleBody><p>Analysts said the"
            + " discounts were deepest in western provinces, where halls built in 2023 were never full.</p></div>"
            + "</body></html>";
    ExtractedArticle a = extractor.extract(html, "https://example.com/a");
    assertThat(a.extractor()).isEqualTo("itemprop");
    assertThat(a.text().split("\n\n")).hasSize(3);
    assertThat(a.text()).doesNotContain("Advertisement");
  }

  @Test
  void titleDropsTheSiteNameSuffix() {
    String html =
        "<html><head><title>算力租赁价格持续下行_算力观察网</title></head><body><div>"
            + BODY_ZH
            + "</div></body></html>";
    assertThat(extractor.extract(html, "https://x.example.cn/1").title()).isEqualTo("算力租赁价格持续下行");
    String en =
        "<html><head><title>Rents for H100 servers slide - Compute Ledger</title></head><body><div>"
            + BODY_EN
            + "</div></body></html>";
    assertThat(extractor.extract(en, "https://x.example.com/1").title())
        .isEqualTo("Rents for H100 servers slide");
  }

  @Test
  void keepsHyphenatedHeadlinesWhole() {
    String en =
        "<html><head><title>Per-GPU-hour prices fall for A100-class cards</title></head><body><div>"
            + BODY_EN
            + "</div></body></html>";
    assertThat(extractor.extract(en, "https://x.example.com/1").title())
        .isEqualTo("Per-GPU-hour prices fall for A100-class cards");
  }

  @Test
  void collectsAbsoluteArticleLinksAndCanonicalUrl() {
    String html =
        "<html><head><link rel=canonical href='/news/2025/02/rents-slide?utm_source=rss'></head><body><div>"
            + BODY_EN
            + "</div><ul><li><a href='/news/2025/02/another-story'>Another</a></li>"
            + "<li><a href='/tag/gpu'>GPU</a></li><li><a href='/img/a.jpg'>img</a></li>"
            + "<li><a href='https://36kr.com/p/123?f=rss'>36kr</a></li></ul></body></html>";
    ExtractedArticle a = extractor.extract(html, "https://example.com/news/2025/02/rents-slide");
    assertThat(a.canonicalUrl()).isEqualTo("https://example.com/news/2025/02/rents-slide");
    assertThat(a.links())
        .containsExactly(
            "https://example.com/news/2025/02/another-story", "https://36kr.com/p/123");
  }

  @Test
  void bylineAuthorIsReadFromItsOwnLine() {
    String html =
        "<html><body><h1>Rents slide</h1><p class=x>By Megan Holt</p><div>"
            + BODY_EN
            + "</div></body></html>";
    assertThat(extractor.extract(html, "https://example.com/a").author()).isEqualTo("Megan Holt");
  }

  @Test
  void emptyOrBrokenInputGivesAnEmptyArticleNotAnException() {
    assertThat(extractor.extract("", "https://example.com/").text()).isEmpty();
    assertThat(extractor.extract((String) null, null).text()).isEmpty();
    assertThat(extractor.extract("<html><body><div><p>unclosed", "https://example.com/").title())
        .isEmpty();
  }
}
