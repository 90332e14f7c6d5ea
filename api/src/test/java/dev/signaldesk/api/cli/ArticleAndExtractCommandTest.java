package dev.signaldesk.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ArticleAndExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path page(String name) throws URISyntaxException {
    return Path.of(ArticleAndExtractCommandTest.class.getResource("/pages/" + name).toURI());
  }

  /** Runs {@code extract} with {@code text} as its stdin. */
  private static CliRun extract(String text, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = SignalDeskCli.commandLine(new PrintWriter(out), new PrintWriter(err));
    CommandLine sub = cli.getSubcommands().get("extract");
    ((ExtractCommand) sub.getCommand()).in =
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    String[] all = new String[args.length + 1];
    all[0] = "extract";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = cli.execute(all);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void aWeChatPageGoesThroughTheWeChatParser() throws Exception {
    CliRun run =
        CliRun.of(
            "article",
            page("wechat-rent.html").toString(),
            "--url",
            "https://mp.weixin.qq.com/s/TestRentLedger01");

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    assertThat(run.out())
        .contains("title:     算力租赁价格一年回落四成：机房老板的账本")
        .contains("author:    周启明")
        .contains("language:  zh")
        .contains("extractor: wechat")
        .contains("月租还在17万元上下");
  }

  @Test
  void anyOtherSiteGoesThroughTheGenericExtractorAsJson() throws Exception {
    CliRun run =
        CliRun.of(
            "article",
            page("generic-en.html").toString(),
            "--url",
            "https://news.example.org/2025/05/idle-gpu-clusters?utm_source=feed",
            "--json");

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    JsonNode a = JSON.readTree(run.out());
    assertThat(a.path("parser").asText()).isEqualTo("generic");
    assertThat(a.path("title").asText())
        .isEqualTo("Idle GPU clusters change hands in western China");
    assertThat(a.path("language").asText()).isEqualTo("en");
    assertThat(a.path("canonicalUrl").asText())
        .isEqualTo("https://news.example.org/2025/05/idle-gpu-clusters");
    assertThat(a.path("text").asText())
        .contains("180,000 yuan a month")
        .doesNotContain("Copyright");
  }

  @Test
  void aMissingFileOrRelativeUrlIsAUsageError() throws Exception {
    CliRun missing = CliRun.of("article", "/no/such/page.html", "--url", "https://36kr.com/p/1");
    CliRun relative = CliRun.of("article", page("generic-en.html").toString(), "--url", "p/1");

    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("no such file");
    assertThat(relative.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(relative.err()).contains("absolute http(s) URL");
  }

  @Test
  void extractPrintsEachPriceWithItsRuleSideAndEntities() {
    CliRun run = extract("出 8卡H100整机两台，月租10万元，深圳现货。", "--date", "2025-03-01");

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    assertThat(run.out())
        .containsPattern("\\* H100 +RENT")
        .contains("per GPU-hour")
        .contains("side: SELL")
        .contains("models: [H100]");
  }

  @Test
  void extractJsonHasSignalReportsShape() throws Exception {
    CliRun run = extract("出 8卡H100整机两台，月租10万元，深圳现货。", "--json", "--date", "2025-03-01");

    JsonNode report = JSON.readTree(run.out());
    assertThat(report.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "prices", "changes", "side", "sideTerms", "sellTalk", "sentiment", "entities");
    JsonNode price = report.path("prices").get(0);
    assertThat(price.path("model").asText()).isEqualTo("H100");
    assertThat(price.path("kind").asText()).isEqualTo("RENT");
    assertThat(price.path("refDate").asText()).isEqualTo("2025-03-01");
    assertThat(price.path("rule").asText()).isNotBlank();
    assertThat(price.path("cny").asDouble()).isBetween(15.0, 20.0);
    assertThat(report.path("entities").path("models").get(0).asText()).isEqualTo("H100");
  }

  @Test
  void extractRejectsABadDate() {
    CliRun run = extract("H100", "--date", "March");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--date");
  }
}
