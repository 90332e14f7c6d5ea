package dev.signaldesk.api.ui;

import dev.signaldesk.model.Report;

/**
 * Where a report's archived bytes can be downloaded, if they were archived: the API's snapshot
 * endpoint, which sends them as an inert attachment (never rendered in our origin).
 */
final class Snapshots {
  private Snapshots() {}

  /** {@code /api/documents/{id}/snapshot} when the report has a WARC record; null otherwise. */
  static String url(Report r) {
    if (r.provenance() == null
        || r.provenance().warcFile() == null
        || r.provenance().warcRecordId() == null) {
      return null;
    }
    return "/api/documents/" + UrlQuery.encode(r.id()) + "/snapshot";
  }
}
