package dev.signaldesk.crawler.crawl.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A generated news site on loopback for crawl measurements: a sitemap index with two sitemaps
 * listing {@code /a/1.html} to {@code /a/<n>.html}, served by the JDK's HTTP server.
 *
 * <p>Page {@code i} is, deterministically: a 404 when {@code i % 50 == 0}; a soft 404 (200 with a
 * "页面不存在" title) when {@code i % 50 == 25}; a byte-for-byte copy of page {@code i-1} when {@code i
 * % 20 == 7}; a repost of page {@code i-2} declaring it as {@code rel=canonical} when {@code i % 20
 * == 13}; otherwise an article in one of four layouts by {@code i % 4} (Chinese portal page in
 * UTF-8, English page with JSON-LD, Chinese page in GBK with {@code itemprop=articleBody}, English
 * blog page with comments).
 */
public final class FixtureSite implements AutoCloseable {
  private static final Charset GBK = Charset.forName("GBK");

  /** A stored response. */
  record Page(int status, String contentType, byte[] body) {}

  private final int size;
  private final Map<String, Page> pages = new LinkedHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;
  private ExecutorService executor;

  /** Generates the site's {@code size} article URLs and its sitemaps; nothing is served yet. */
  public FixtureSite(int size) {
    this.size = size;
    for (int i = 1; i <= size; i++) {
      pages.put(path(i), page(i));
    }
    pages.put(
        "/robots.txt",
        new Page(200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8)));
  }

  /** Serves the site on 127.0.0.1 at {@code port} (0: any free port). */
  public FixtureSite start(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    return this;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String sitemapUrl() {
    return baseUrl() + "/sitemap.xml";
  }

  /** Requests answered so far. */
  public int requests() {
    return requests.get();
  }

  /** Pages that are 404s or soft 404s. */
  public int errorPages() {
    return count(i -> i % 50 == 0 || i % 50 == 25);
  }

  /** Pages that repeat another page (same bytes, or a declared canonical repost). */
  public int duplicatePages() {
    return count(i -> i % 20 == 7 || i % 20 == 13);
  }

  /** Pages that should end up in the index. */
  public int articlePages() {
    return size - errorPages() - duplicatePages();
  }

  private int count(java.util.function.IntPredicate p) {
    int c = 0;
    for (int i = 1; i <= size; i++) {
      c += p.test(i) ? 1 : 0;
    }
    return c;
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.incrementAndGet();
    String path = ex.getRequestURI().getPath();
    Page p = path.startsWith("/sitemap") ? sitemap(path) : pages.get(path);
    if (p == null) {
      p = new Page(404, "text/html; charset=utf-8", notFound().getBytes(StandardCharsets.UTF_8));
    }
    ex.getResponseHeaders().set("Content-Type", p.contentType());
    ex.sendResponseHeaders(p.status(), p.body().length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(p.body());
    }
  }

  private Page sitemap(String path) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (path.equals("/sitemap.xml")) {
      xml.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
      xml.append("<sitemap><loc>").append(baseUrl()).append("/sitemap-1.xml</loc></sitemap>\n");
      xml.append("<sitemap><loc>").append(baseUrl()).append("/sitemap-2.xml</loc></sitemap>\n");
      xml.append("</sitemapindex>\n");
    } else if (path.equals("/sitemap-1.xml") || path.equals("/sitemap-2.xml")) {
      int half = size / 2;
      int from = path.equals("/sitemap-1.xml") ? 1 : half + 1;
      int to = path.equals("/sitemap-1.xml") ? half : size;
      xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
      for (int i = from; i <= to; i++) {
        xml.append("<url><loc>").append(baseUrl()).append(path(i)).append("</loc></url>\n");
      }
      xml.append("</urlset>\n");
    } else {
      return null;
    }
    return new Page(200, "application/xml", xml.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String path(int i) {
    return "/a/" + i + ".html";
  }

  private Page page(int i) {
    if (i % 50 == 0) {
      return new Page(404, "text/html; charset=utf-8", notFound().getBytes(StandardCharsets.UTF_8));
    }
    if (i % 50 == 25) {
      String soft =
          "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>页面不存在</title></head>"
              + "<body><p>您访问的页面不存在或已被删除。</p><a href=\"/\">返回首页</a></body></html>";
      return new Page(200, "text/html; charset=utf-8", soft.getBytes(StandardCharsets.UTF_8));
    }
    if (i % 20 == 7) {
      return page(i - 1);
    }
    if (i % 20 == 13) {
      String html =
          FixtureLayouts.render(i - 2, "<link rel=\"canonical\" href=\"" + path(i - 2) + "\">");
      return html(i - 2, html);
    }
    return html(i, FixtureLayouts.render(i, ""));
  }

  private static Page html(int layoutOf, String html) {
    return FixtureLayouts.isGbk(layoutOf)
        ? new Page(200, "text/html", html.getBytes(GBK))
        : new Page(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  private static String notFound() {
    return "<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
        + "<body><h1>Not Found</h1></body></html>";
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
