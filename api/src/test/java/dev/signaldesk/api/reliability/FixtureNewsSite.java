package dev.signaldesk.api.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A news site on a loopback port: {@code /sitemap.xml} lists {@code pages} article pages {@code
 * /news/<i>.html}, and every {@value #COPY_EVERY}th page carries the same article as the page
 * before it (a syndicated copy under a second URL, which the crawler must store once). There is no
 * robots.txt (404: everything allowed).
 *
 * <p>The article texts are invented for this test: a GPU market report per page with its own model,
 * city and figures (ranges as in DOMAIN.md), so that every other page has a distinct body.
 */
final class FixtureNewsSite implements AutoCloseable {
  static final int COPY_EVERY = 20;

  private static final String[] MODELS = {"H100", "A800", "H20", "RTX 4090", "A100", "H800"};
  private static final String[] CITIES = {"庆阳", "乌兰察布", "贵安", "芜湖", "和林格尔", "中卫", "韶关"};
  private static final double[] HOURLY = {12.5, 5.2, 4.1, 1.6, 3.4, 11.0};

  private final int pages;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final AtomicLong pageRequests = new AtomicLong();

  FixtureNewsSite(int pages) {
    this.pages = pages;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::serve);
    server.setExecutor(executor);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String sitemapUrl() {
    return baseUrl() + "/sitemap.xml";
  }

  /** Article pages with a body of their own (the copies excluded). */
  int distinctArticles() {
    return pages - pages / COPY_EVERY;
  }

  long pageRequests() {
    return pageRequests.get();
  }

  private void serve(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    try (ex) {
      if (path.equals("/sitemap.xml")) {
        send(ex, 200, "application/xml", sitemap());
      } else if (path.startsWith("/news/") && path.endsWith(".html")) {
        int i = parse(path.substring(6, path.length() - 5));
        if (i < 1 || i > pages) {
          send(ex, 404, "text/plain", "not found");
        } else {
          pageRequests.incrementAndGet();
          send(ex, 200, "text/html; charset=utf-8", article(i % COPY_EVERY == 0 ? i - 1 : i));
        }
      } else {
        send(ex, 404, "text/plain", "not found");
      }
    }
  }

  private String sitemap() {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (int i = 1; i <= pages; i++) {
      sb.append("<url><loc>").append(baseUrl()).append("/news/").append(i).append(".html</loc>");
      sb.append("<lastmod>2026-11-").append(10 + i % 18).append("</lastmod></url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }

  /** The article numbered {@code n}: one model, city and set of figures of its own. */
  static String article(int n) {
    Random r = new Random(n);
    int m = n % MODELS.length;
    String model = MODELS[m];
    String city = CITIES[r.nextInt(CITIES.length)];
    double hourly = Math.round(HOURLY[m] * (0.8 + 0.4 * r.nextDouble()) * 100) / 100.0;
    int servers = 40 + r.nextInt(400);
    int rack = 25 + r.nextInt(50);
    String title = city + "算力观察第" + n + "期：" + model + "租金报" + hourly + "元/卡时";
    return """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>%s - 算力周报</title>
        <meta property="article:published_time" content="2026-11-%02dT09:30:00+08:00">
        </head><body>
        <header><nav><a href="/">首页</a> <a href="/news/">快讯</a> <a href="/about">关于我们</a></nav></header>
        <main><article>
        <h1>%s</h1>
        <p>%s一家智算中心的运营负责人说，本周%s的租赁报价约为每卡每小时%s元，\
        比上月又低了一些，客户续约时普遍要求再降价。</p>
        <p>他手里还有%d台服务器在找买家或租户，机柜上架率只有%d%%左右，\
        新建的机房至今还有一半空着。第%d期调查的样本来自十余家经纪人和运营商。</p>
        <p>业内人士提醒，签长期合同时要看清违约条款和交付时间，避免价格继续下行带来损失。</p>
        </article></main>
        <aside class="sidebar"><h3>热门推荐</h3><ul><li><a href="/news/1.html">智算中心进入下半场</a></li>
        <li><a href="/news/2.html">GPU 供应链观察</a></li></ul></aside>
        <footer>© 2026 算力周报 版权所有 | 联系我们 | 隐私政策</footer>
        </body></html>
        """
        .formatted(title, 1 + n % 27, title, city, model, hourly, servers, rack, n);
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
