package dev.signaldesk.model;

/**
 * Where the bytes behind a report came from, so that a reporter can go back to them.
 *
 * <p>A crawled page points at its WARC record ({@code warcFile}, {@code warcRecordId}); an imported
 * chat message points at the import file, its detected format and the line (or JSON message index)
 * it was read from. Fields that do not apply are {@code null}.
 *
 * @param origin how the report entered SignalDesk
 * @param contentType the media type of the original response or file, e.g. {@code text/html;
 *     charset=utf-8}
 * @param warcFile file name (relative to {@code <data>/archive}) of the WARC holding the response
 * @param warcRecordId the {@code WARC-Record-ID} of the response record, e.g. {@code
 *     <urn:uuid:...>}
 * @param importFile the file name the chat export was imported from (no directories)
 * @param importFormat the detected export format, e.g. {@code wechat-memotrace-csv}
 * @param importLine 1-based line (or message index for JSON) of the message in the import file
 */
public record Provenance(
    Origin origin,
    String contentType,
    String warcFile,
    String warcRecordId,
    String importFile,
    String importFormat,
    Long importLine) {

  /** How a report entered SignalDesk. */
  public enum Origin {
    CRAWL,
    IMPORT,
    DEMO
  }

  public static Provenance crawled(String contentType, String warcFile, String warcRecordId) {
    return new Provenance(Origin.CRAWL, contentType, warcFile, warcRecordId, null, null, null);
  }

  public static Provenance imported(String file, String format, long line) {
    return new Provenance(Origin.IMPORT, null, null, null, file, format, line);
  }

  public static Provenance demo(String file) {
    return new Provenance(Origin.DEMO, null, null, null, file, "demo", null);
  }
}
