package dev.signaldesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoArticleParserTest {

  private static final String HEADER =
      """
      source: wechat
      url: https://mp.weixin.qq.com/s/AbCdEf123
      title: 算力租赁的下半场
      published: 2024-03-18T09:30:00+08:00
      language: zh
      account: 算力观察
      """;

  @Test
  void parsesHeaderAndJoinsParagraphs() {
    Report r =
        DemoArticleParser.parse("news/wechat-sample.txt", HEADER + "\n第一段，\n续写。\n\n\n第二段。\n");
    assertThat(r.id()).isEqualTo(ReportIds.forDemo("wechat-sample"));
    assertThat(r.sourceId()).isEqualTo("wechat");
    assertThat(r.canonicalUrl()).isEqualTo("https://mp.weixin.qq.com/s/AbCdEf123");
    assertThat(r.author()).isEqualTo("算力观察");
    assertThat(r.publishedAt()).isEqualTo(Instant.parse("2024-03-18T01:30:00Z"));
    assertThat(r.text()).isEqualTo("第一段，续写。\n\n第二段。");
    assertThat(r.provenance().importFile()).isEqualTo("news/wechat-sample.txt");
  }

  @Test
  void joinsEnglishLinesWithASpace() {
    String en =
        HEADER
            .replace("language: zh", "language: en")
            .replace("account: 算力观察", "author: A. Writer");
    Report r = DemoArticleParser.parse("news/en.txt", en + "\nOne line\nand the next.\n");
    assertThat(r.text()).isEqualTo("One line and the next.");
    assertThat(r.author()).isEqualTo("A. Writer");
  }

  @Test
  void unknownHeaderKeyNamesFileAndLine() {
    assertThatThrownBy(
            () -> DemoArticleParser.parse("news/x.txt", "source: 36kr\ntitel: oops\n\nbody\n"))
        .isInstanceOf(DemoCorpusException.class)
        .hasMessage("news/x.txt:2: unknown header key 'titel'");
  }

  @Test
  void badDateNamesItsLine() {
    String bad = HEADER.replace("2024-03-18T09:30:00+08:00", "2024-03-18 09:30");
    assertThatThrownBy(() -> DemoArticleParser.parse("news/x.txt", bad + "\nbody\n"))
        .isInstanceOf(DemoCorpusException.class)
        .hasMessageStartingWith("news/x.txt:4: published must be ISO-8601");
  }

  @Test
  void headerLineWithoutColonIsRejected() {
    assertThatThrownBy(() -> DemoArticleParser.parse("news/x.txt", "source 36kr\n\nbody\n"))
        .isInstanceOf(DemoCorpusException.class)
        .hasMessageContaining("news/x.txt:1:");
  }

  @Test
  void missingRequiredKeyAndEmptyBodyAreRejected() {
    assertThatThrownBy(
            () ->
                DemoArticleParser.parse(
                    "news/x.txt", HEADER.replace("title: 算力租赁的下半场\n", "") + "\nb\n"))
        .isInstanceOf(DemoCorpusException.class)
        .hasMessageContaining("required key 'title'");
    assertThatThrownBy(() -> DemoArticleParser.parse("news/x.txt", HEADER + "\n\n"))
        .isInstanceOf(DemoCorpusException.class)
        .hasMessageContaining("body is empty");
  }
}
