package dev.signaldesk.api.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CrawlAndReindexCommandTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path tmp;
  private Path data;
  private Path config;

  private static final String[] BODIES = {
    "宁夏中卫一家智算中心的运营负责人说，八卡H100服务器的月租今年已经从十二万元降到八万元左右，" + "部分老客户续约时还要求再打九折。园区里新建的两栋机房上架率不到一半。",
    "北京一位算力经纪人透露，A100的报价已经落到每卡每小时2.3元上下，比去年同期低了三成多，" + "他手里还有两百多台服务器在等买家，其中不少是提前解约退回的设备。",
  };

  private static String page(String title, int i) {
    return """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>%s - 算力周报</title>
        <meta property="article:published_time" content="2025-06-1%dT09:30:00+08:00">
        </head><body>
        <header><nav><a href="/">首页</a> <a href="/news">快讯</a></nav></header>
        <main><article>
        <h1>%s</h1>
        <div class="byline">作者：陈立</div>
        <p>%s</p>
        <p>%s</p>
        <p>业内人士提醒，签约前要看清合同里的交付时间和违约条款，避免价格继续下行带来损失。</p>
        </article></main>
        <footer>算力周报 版权所有</footer>
        </body></html>
        """
        .formatted(title, i, title, BODIES[i], BODIES[(i + 1) % 2]);
  }

  @BeforeEach
  void site() throws Exception {
    wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
    String rss =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>算力周报</title><link>%1$s/</link>
        <item><title>H100月租降到八万</title><link>%1$s/news/1.html</link></item>
        <item><title>A100报价跌破2.5元</title><link>%1$s/news/2.html</link></item>
        </channel></rss>
        """
            .formatted(wm.baseUrl());
    wm.stubFor(
        get("/feed.xml")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                    .withBody(rss)));
    wm.stubFor(
        get("/news/1.html")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(page("H100月租降到八万", 0))));
    wm.stubFor(
        get("/news/2.html")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(page("A100报价跌破2.5元", 1))));
    data = tmp.resolve("data");
    config =
        Files.writeString(
            tmp.resolve("signaldesk.yml"),
            """
            crawler:
              min-delay: 10ms
              max-retries: 0
            sources:
              - {id: weekly, type: feed, url: "%s/feed.xml"}
            """
                .formatted(wm.baseUrl()));
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = data.toString();
    all[args.length + 2] = "--config";
    all[args.length + 3] = config.toString();
    return CliRun.of(all);
  }

  @Test
  void crawlFetchesTheConfiguredSourceIntoTheIndexAndPrintsItsSummary() {
    CliRun crawl = run("crawl");
    CliRun found = run("search", "--json", "model:H100");

    assertThat(crawl.code()).as(crawl.err()).isEqualTo(0);
    assertThat(crawl.out()).contains("source").containsPattern("weekly\\s+2\\s+2\\s");
    assertThat(found.out()).contains("H100月租降到八万");
  }

  @Test
  void crawlRefusesAnUnknownSourceAndAConfigWithoutSources() throws Exception {
    CliRun unknown = run("crawl", "--source", "nope");
    Files.writeString(config, "crawler:\n  min-delay: 10ms\n");
    CliRun none = run("crawl");

    assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("unknown source 'nope'").contains("weekly");
    assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("no sources configured");
  }

  @Test
  void reindexRebuildsCrawledArticlesFromTheArchiveAndKeepsChatMessages() throws Exception {
    assertThat(run("crawl").code()).isEqualTo(0);
    Path chat =
        Files.writeString(
            tmp.resolve("brokers.txt"),
            "[06/01/2025, 21:15:03] Ray Tan: WTS 8x H100 SXM node, Shenzhen, 2.1M CNY\n");
    assertThat(run("import", chat.toString()).code()).isEqualTo(0);
    int requestsBefore = wm.getAllServeEvents().size();

    CliRun reindex = run("reindex");

    assertThat(reindex.code()).as(reindex.out() + reindex.err()).isEqualTo(0);
    assertThat(reindex.out()).contains("2 documents rebuilt").contains("1 documents refreshed");
    assertThat(wm.getAllServeEvents()).hasSize(requestsBefore);
    assertThat(run("search", "--json", "--kind", "chat", "H100").out()).contains("\"total\":1");
    assertThat(run("search", "--json", "--kind", "news", "model:H100").out())
        .contains("H100月租降到八万");
  }
}
