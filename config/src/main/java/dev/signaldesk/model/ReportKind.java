package dev.signaldesk.model;

/** What a report is: an article-like text from a site, or one message from a chat export. */
public enum ReportKind {
  NEWS,
  CHAT
}
