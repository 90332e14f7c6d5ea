package dev.signaldesk.crawler.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Bodies for the fault matrix: ordinary articles and feeds, and the pathological ones. */
final class FaultPages {

  private FaultPages() {}

  /** A plausible market article (invented text, figures as in DOMAIN.md). */
  static String article(String title, int n) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1>"
        + "<p>本周二手算力市场继续承压。多位经纪人表示，H100 八卡整机月租报价已从年初的十八万元降至约"
        + (70 + n)
        + "千元，部分西部智算中心为了回笼资金开始整机转让。</p>"
        + "<p>一家华东算力租赁平台的负责人说，4090D 单卡每小时价格回落到一块五左右，客户更愿意签短约，"
        + "长约需要给出更大的折扣。另一位交易员称，A800 整机的成交价在过去两个月里又下了一个台阶。</p>"
        + "<p>业内人士认为，随着新集群陆续上线，闲置率短期内难以下降，二季度的报价仍有下探空间。第"
        + n
        + "期观察到此结束。</p></article></body></html>";
  }

  /** An RSS 2.0 feed linking {@code links}. */
  static String rss(List<String> links) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>算力观察</title><link>http://127.0.0.1/</link><description>d</description>");
    for (int i = 0; i < links.size(); i++) {
      sb.append("<item><title>报道 ")
          .append(i)
          .append("</title><link>")
          .append(links.get(i))
          .append("</link><pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  /** A sitemap index pointing at {@code children}. */
  static String sitemapIndex(String... children) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String child : children) {
      sb.append("<sitemap><loc>").append(child).append("</loc></sitemap>");
    }
    return sb.append("</sitemapindex>").toString();
  }

  /** A sitemap listing {@code pages}. */
  static String urlset(String... pages) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String page : pages) {
      sb.append("<url><loc>").append(page).append("</loc><lastmod>2026-11-27</lastmod></url>");
    }
    return sb.append("</urlset>").toString();
  }

  /** One line of HTML of about {@code bytes} bytes, no newline anywhere. */
  static byte[] singleLineHtml(int bytes) {
    String sentence = "H100租金继续下行，经纪人称八卡整机月租已低于七万五千元。";
    StringBuilder sb = new StringBuilder(bytes + 200);
    sb.append("<html><head><meta charset=\"utf-8\"><title>长页面</title></head><body><p>");
    while (sb.length() * 3 < bytes) {
      sb.append(sentence);
    }
    return sb.append("</p></body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code depth} nested {@code <div>} elements around one paragraph. */
  static String deeplyNested(int depth) {
    return "<html><head><title>嵌套</title></head><body>"
        + "<div>".repeat(depth)
        + "<p>嵌套很深的页面里只有一句话：A800 整机报价二百三十万。</p>"
        + "</div>".repeat(depth)
        + "</body></html>";
  }

  /**
   * A gzip body that inflates to {@code members} × 64 MiB of zeros. One member is compressed once
   * and repeated (gzip allows concatenated members), so the bomb costs little to build or send.
   */
  static byte[] gzipBomb(int members) {
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(one)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gz.write(zeros);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] member = one.toByteArray();
    ByteArrayOutputStream all = new ByteArrayOutputStream(member.length * members);
    for (int i = 0; i < members; i++) {
      all.writeBytes(member);
    }
    return all.toByteArray();
  }
}
