package dev.signaldesk.crawler.crawl.bench;

import dev.signaldesk.crawler.crawl.bench.FixtureArticles.Article;

/** The fixture site's four page layouts, as real sites wrap an article in different chrome. */
final class FixtureLayouts {
  private FixtureLayouts() {}

  static boolean isGbk(int i) {
    return i % 4 == 2;
  }

  /** Page {@code i} in layout {@code i % 4}; {@code head} is extra markup for the head. */
  static String render(int i, String head) {
    return switch (i % 4) {
      case 0 -> portal(FixtureArticles.chinese(i), head);
      case 1 -> jsonLd(FixtureArticles.english(i), head);
      case 2 -> gbkMicrodata(FixtureArticles.chinese(i), head);
      default -> blog(FixtureArticles.english(i), head, i);
    };
  }

  private static String paragraphs(Article a) {
    StringBuilder sb = new StringBuilder();
    for (String p : a.paragraphs()) {
      sb.append("<p>").append(p).append("</p>\n");
    }
    return sb.toString();
  }

  private static String portal(Article a, String head) {
    return """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
        <title>%1$s - 算力观察网</title>%2$s
        <meta property="article:published_time" content="%3$s"></head><body>
        <header><nav><a href="/">首页</a> <a href="/news">快讯</a> <a href="/market">行情</a>
        <a href="/about">关于我们</a> <a href="/contact">联系我们</a></nav></header>
        <div class="wrap"><main><article><h1>%1$s</h1>
        <div class="byline">本站记者 <time datetime="%3$s">%3$s</time></div>
        %4$s</article></main>
        <aside class="sidebar"><h3>热门推荐</h3><ul>
        <li><a href="/a/1.html">智算中心建设进入下半场</a></li>
        <li><a href="/a/2.html">二手服务器市场观察</a></li>
        <li><a href="/a/3.html">算力租赁合同要点</a></li></ul></aside></div>
        <footer><p>版权所有 © 2026 算力观察网 京ICP备00000000号</p>
        <a href="/privacy">隐私政策</a> <a href="/terms">用户协议</a></footer>
        </body></html>
        """
        .formatted(a.title(), head, a.date(), paragraphs(a));
  }

  private static String jsonLd(Article a, String head) {
    String body = String.join("\\n\\n", a.paragraphs()).replace("\"", "\\\"");
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Compute Wire</title>%2$s
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"%1$s","datePublished":"%3$s","author":{"@type":"Person","name":"Staff"},
        "articleBody":"%5$s"}</script></head><body>
        <div class="topbar"><a href="/">Compute Wire</a> <a href="/markets">Markets</a>
        <a href="/subscribe">Subscribe</a></div>
        <div class="story"><h1>%1$s</h1><p class="dateline">%3$s</p>
        %4$s<div class="share">Share: <a href="#">Weibo</a> <a href="#">WeChat</a></div></div>
        <div class="newsletter">Get the daily compute-market brief in your inbox.</div>
        </body></html>
        """
        .formatted(a.title(), head, a.date(), paragraphs(a), body);
  }

  private static String gbkMicrodata(Article a, String head) {
    return """
        <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
        <title>%1$s_科技频道</title>%2$s</head><body>
        <div id="nav"><a href="/">网站首页</a> | <a href="/tech">科技</a> | <a href="/finance">财经</a></div>
        <div itemscope itemtype="https://schema.org/NewsArticle">
        <h1 itemprop="headline">%1$s</h1>
        <span itemprop="datePublished" content="%3$s">发布时间：%3$s</span>
        <div itemprop="articleBody">%4$s</div></div>
        <div class="related"><h4>相关阅读</h4><a href="/a/5.html">数据中心电价调整</a></div>
        <div id="footer">本站内容未经许可不得转载</div></body></html>
        """
        .formatted(a.title(), head, a.date(), paragraphs(a));
  }

  private static String blog(Article a, String head, int i) {
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s</title>%2$s
        <meta name="date" content="%3$s"></head><body class="post-template">
        <div class="site-header"><span class="logo">GPU Notes</span>
        <ul class="menu"><li><a href="/">Home</a></li><li><a href="/archive">Archive</a></li></ul></div>
        <div class="content-area"><div class="post"><h2 class="post-title">%1$s</h2>
        <div class="post-meta">Posted %3$s by the editors</div>
        <div class="post-content">%4$s</div></div>
        <div class="comments"><h3>%5$d comments</h3>
        <div class="comment">Prices in our region look similar.</div>
        <div class="comment">Any data on A800 leases?</div></div></div>
        <div class="site-footer">GPU Notes is an independent newsletter.</div></body></html>
        """
        .formatted(a.title(), head, a.date(), paragraphs(a), 2 + i % 5);
  }
}
