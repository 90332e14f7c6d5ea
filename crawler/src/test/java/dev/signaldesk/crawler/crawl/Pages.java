package dev.signaldesk.crawler.crawl;

import java.util.List;

/**
 * Test pages written for these tests: a news page with navigation, sidebar and footer around the
 * article, and an RSS feed. The texts are invented, with figures in the ranges DOMAIN.md gives.
 */
final class Pages {
  private Pages() {}

  static final List<String> STORIES =
      List.of(
          "一家位于内蒙古的智算中心负责人说，今年以来八卡H100整机的月租从十二万元一路降到七万五千元左右，"
              + "不少客户到期后没有续约。他估计园区里的机柜上架率不到四成，新建的两栋机房至今还空着。",
          "上海一位算力经纪人表示，A100的报价已经跌到每卡每小时2.5元附近，比去年同期低了三成。"
              + "他手里有三百多台服务器在找买家，其中一部分是提前解约的租赁合同退回来的设备。",
          "在深圳的二手市场上，RTX 4090整机的租金约为每卡每小时1.4元。商家说最近询价的人多了，" + "但真正成交的很少，很多卖家开始折价出售，希望在年底前清掉库存。",
          "一位投资人称，去年抢购的算力设备如今成了不良资产，部分数据中心正以低于市场价的价格打包转让。" + "他认为明年价格可能小幅回暖，但整体过剩的局面短期内难以改变。",
          "甘肃庆阳的一个项目方透露，他们与客户签的三年期合同里，H800八卡服务器的价格定在每月九万元。" + "合同签订后不到半年，市场价就跌破了这个水平，客户提出要重新谈价。");

  /** A news article page; {@code story} picks the body, {@code extra} makes bodies differ. */
  static String article(String title, int story, String extra, String canonical) {
    String body = STORIES.get(story % STORIES.size());
    String more = STORIES.get((story + 1) % STORIES.size());
    return """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>%s - 算力观察</title>
        %s
        <meta property="article:published_time" content="2026-11-2%dT09:30:00+08:00">
        </head><body>
        <header><nav><a href="/">首页</a> <a href="/news">快讯</a> <a href="/about">关于我们</a></nav></header>
        <main><article>
        <h1>%s</h1>
        <div class="byline">作者：王晓 <time datetime="2026-11-2%dT09:30:00+08:00">2026-11-2%d</time></div>
        <p>%s</p>
        <p>%s</p>
        <p>%s业内人士提醒，租用算力时要看清合同里的违约条款和交付时间，避免价格波动带来损失。</p>
        </article></main>
        <aside class="sidebar"><h3>热门推荐</h3><ul><li><a href="/p/1">智算中心建设进入下半场</a></li>
        <li><a href="/p/2">GPU 供应链观察</a></li></ul></aside>
        <footer>© 2026 算力观察 版权所有 | 联系我们 | 隐私政策</footer>
        </body></html>
        """
        .formatted(
            title,
            canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">",
            story % 8 + 1,
            title,
            story % 8 + 1,
            story % 8 + 1,
            body,
            more,
            extra);
  }

  /** An RSS 2.0 feed with one item per link. */
  static String rss(String title, List<String> links) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < links.size(); i++) {
      items.append(
          """
          <item><title>报道 %d</title><link>%s</link>
          <pubDate>Tue, 2%d Nov 2026 01:30:00 GMT</pubDate><description>摘要</description></item>
          """
              .formatted(i + 1, links.get(i), i % 8 + 1));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>%s</title><link>http://example.org/</link>
        <description>测试</description>
        %s
        </channel></rss>
        """
        .formatted(title, items)
        .strip();
  }
}
