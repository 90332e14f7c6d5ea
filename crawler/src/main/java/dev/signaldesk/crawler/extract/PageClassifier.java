package dev.signaldesk.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recognises pages that are not articles, so they are never indexed and the crawler can back off.
 *
 * <p>Checks, in order: 36Kr's captcha script ({@code /sec_sdk_build/captcha/}); WeChat verification
 * URLs and pages (path or body pointing at {@code captcha}/{@code verify}), the "环境异常" block page,
 * and "已被发布者删除" deleted posts; JavaScript challenge shells (a tiny visible body, only scripts,
 * which set a cookie and reload); soft 404s (a 404/410 status, or Jiazi's home-title page served
 * with 200 and no article); and an empty 36Kr state. Everything else is {@link
 * PageVerdict#CONTENT}.
 */
public final class PageClassifier {

  private static final String JIAZI_HOME_TITLE = "甲子光年|中国科技产业智库";
  private static final int CHALLENGE_MAX_VISIBLE = 200;
  private static final int BLOCK_PAGE_MAX_VISIBLE = 600;
  private static final Pattern COOKIE_SET = Pattern.compile("document\\.cookie\\s*=");
  private static final Pattern RELOAD =
      Pattern.compile(
          "location\\.reload|location\\.(href|replace|assign)|window\\.location\\s*=|"
              + "document\\.location\\s*=|setTimeout\\([^)]*location");
  private static final Pattern NOT_FOUND_TITLE =
      Pattern.compile("(?i)(404|not found|页面不存在|页面找不到|您访问的页面不存在)");

  /** Classifies a fetched page; {@code html} may be empty. */
  public PageClassification classify(String url, int status, String html) {
    String page = html == null ? "" : html;
    String host = host(url);
    String path = path(url);
    if (page.contains("/sec_sdk_build/captcha/")) {
      return verdict(PageVerdict.CAPTCHA, "script /sec_sdk_build/captcha/");
    }
    boolean weChat = host.endsWith("mp.weixin.qq.com");
    if (weChat && (path.contains("captcha") || path.contains("verify"))) {
      return verdict(PageVerdict.CAPTCHA, "WeChat verification path " + path);
    }
    Document doc = Jsoup.parse(page, url == null ? "" : url);
    String visible = doc.body() == null ? "" : doc.body().text();
    // block pages are short; an article that merely mentions these phrases is still an article
    boolean shortPage = visible.length() < BLOCK_PAGE_MAX_VISIBLE;
    if (shortPage && visible.contains("环境异常")) {
      return verdict(PageVerdict.ENV_ABNORMAL, "page says 环境异常 (abnormal environment)");
    }
    if (weChat && (page.contains("wappoc_appmsgcaptcha") || page.contains("/mp/verify"))) {
      return verdict(PageVerdict.CAPTCHA, "WeChat verification page");
    }
    if (shortPage && visible.contains("已被发布者删除")) {
      return verdict(PageVerdict.DELETED, "page says 已被发布者删除 (deleted by publisher)");
    }
    if (weChat && shortPage && (visible.contains("此内容因违规无法查看") || visible.contains("该公众号已迁移"))) {
      return verdict(PageVerdict.DELETED, "WeChat content unavailable");
    }
    if (isChallenge(doc, visible)) {
      return verdict(PageVerdict.JS_CHALLENGE, "script-only page that sets a cookie and reloads");
    }
    if (status == 404 || status == 410) {
      return verdict(PageVerdict.SOFT_404, "HTTP status " + status);
    }
    String title = doc.title().trim();
    if (title.replace('｜', '|').replace(" ", "").equals(JIAZI_HOME_TITLE)
        && path.contains("article_info")) {
      return verdict(PageVerdict.SOFT_404, "Jiazi soft 404: home title on an article URL");
    }
    if (status == 200 && NOT_FOUND_TITLE.matcher(title).find() && visible.length() < 2000) {
      return verdict(PageVerdict.SOFT_404, "not-found title '" + title + "'");
    }
    if (host.endsWith("36kr.com")) {
      String empty = emptyKr36State(page, path);
      if (empty != null) {
        return verdict(PageVerdict.EMPTY_STATE, empty);
      }
    }
    if (status >= 400) {
      return verdict(PageVerdict.SOFT_404, "HTTP status " + status);
    }
    return verdict(PageVerdict.CONTENT, "");
  }

  private static boolean isChallenge(Document doc, String visible) {
    if (visible.length() > CHALLENGE_MAX_VISIBLE) {
      return false;
    }
    StringBuilder scripts = new StringBuilder();
    for (Element s : doc.select("script")) {
      scripts.append(s.data()).append('\n');
    }
    String js = scripts.toString();
    return COOKIE_SET.matcher(js).find() && RELOAD.matcher(js).find();
  }

  /** Why a 36Kr page's state is empty, or null when it has content (or no state at all). */
  private static String emptyKr36State(String page, String path) {
    EmbeddedJson.Read read = EmbeddedJson.assignedTo(page, "window.initialState");
    if (!read.found()) {
      return null;
    }
    JsonNode state = read.value();
    if (state.path("isEncrypt").asBoolean(false)) {
      return null; // encrypted state is normal; the DOM carries the article
    }
    if (state.isEmpty()) {
      return "36Kr initialState is {}";
    }
    if (path.startsWith("/p/")) {
      JsonNode data = state.at("/articleDetail/articleDetailData/data");
      if (data.isMissingNode()
          || data.isEmpty()
          || data.path("widgetContent").asText("").isBlank()) {
        return "36Kr article state without articleDetailData.data.widgetContent";
      }
    }
    JsonNode list = state.at("/information/informationList/itemList");
    if (!list.isMissingNode() && list.isEmpty()) {
      return "36Kr list state with an empty itemList";
    }
    return null;
  }

  private static PageClassification verdict(PageVerdict v, String reason) {
    return new PageClassification(v, reason);
  }

  private static String host(String url) {
    try {
      String h = url == null ? null : URI.create(url.trim()).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String path(String url) {
    try {
      URI u = url == null ? null : URI.create(url.trim());
      if (u == null) {
        return "";
      }
      return (u.getRawPath() == null ? "" : u.getRawPath())
          + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
