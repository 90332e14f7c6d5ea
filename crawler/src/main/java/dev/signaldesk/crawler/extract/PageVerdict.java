package dev.signaldesk.crawler.extract;

/** What kind of page a fetched response is; only {@link #CONTENT} may be indexed as an article. */
public enum PageVerdict {
  /** A normal page that may hold an article. */
  CONTENT,
  /** A captcha or verification page (36Kr {@code sec_sdk_build/captcha}, WeChat verify). */
  CAPTCHA,
  /** A tiny script-only page that sets a cookie and reloads: a bot challenge. */
  JS_CHALLENGE,
  /** A "not found" page, whether served with 404 or with status 200 (Jiazi's home-title page). */
  SOFT_404,
  /** WeChat's "环境异常" (abnormal environment) block page. */
  ENV_ABNORMAL,
  /** The publisher deleted the content ("已被发布者删除"). */
  DELETED,
  /** The page's embedded state is empty: the site served a shell, usually when rate-limiting. */
  EMPTY_STATE;

  /** True when the crawler should back off from the host (it is being challenged). */
  public boolean isBlock() {
    return this == CAPTCHA || this == JS_CHALLENGE || this == ENV_ABNORMAL || this == EMPTY_STATE;
  }
}
