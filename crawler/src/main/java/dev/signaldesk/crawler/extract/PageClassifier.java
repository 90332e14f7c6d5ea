package dev.signaldesk.crawler.extract;

/** Recognises pages that are not articles: captchas, challenges, soft 404s, deleted posts. */
public final class PageClassifier {

  /** Classifies a fetched page. */
  public PageClassification classify(String url, int status, String html) {
    throw new UnsupportedOperationException("skeleton: not implemented yet");
  }
}
