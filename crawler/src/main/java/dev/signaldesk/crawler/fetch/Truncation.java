package dev.signaldesk.crawler.fetch;

/** Why a body is incomplete. A truncated page is archived as such and never indexed. */
public enum Truncation {
  NONE,
  /** Longer than {@code crawler.max-body-bytes}. */
  LENGTH,
  /** Still arriving when {@code crawler.read-timeout} ran out. */
  TIME
}
