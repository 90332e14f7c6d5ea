package dev.signaldesk.api.ui;

import dev.signaldesk.model.Report;

/** Where a report's archived bytes can be downloaded, if they were archived. */
final class Snapshots {
  private Snapshots() {}

  /** {@code /snapshot/{id}} when the report has a WARC record; null otherwise. */
  static String url(Report r) {
    if (r.provenance() == null
        || r.provenance().warcFile() == null
        || r.provenance().warcRecordId() == null) {
      return null;
    }
    return "/snapshot/" + UrlQuery.encode(r.id());
  }
}
