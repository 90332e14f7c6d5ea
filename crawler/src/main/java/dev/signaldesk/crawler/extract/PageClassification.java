package dev.signaldesk.crawler.extract;

import java.util.Objects;

/**
 * A {@link PageVerdict} with the evidence that produced it.
 *
 * @param verdict the kind of page
 * @param reason short human-readable evidence, e.g. {@code "script /sec_sdk_build/captcha/"}
 */
public record PageClassification(PageVerdict verdict, String reason) {

  public PageClassification {
    Objects.requireNonNull(verdict, "The 'verdict' parameter must not be null.");
    reason = reason == null ? "" : reason;
  }

  /** True when the page may hold an article. */
  public boolean isContent() {
    return verdict == PageVerdict.CONTENT;
  }
}
