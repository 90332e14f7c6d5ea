package dev.signaldesk.crawler.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * The file a parser reads, with its decided charset and zone.
 *
 * @param path the (possibly extracted) file on disk
 * @param fileName the name reported in provenance and problems
 * @param charset the decided charset; the reader skips a byte-order mark
 * @param zone the zone of local times in the file
 * @param mapping the CSV column mapping, for {@code generic-csv}
 * @param progress where read progress goes
 */
record ChatSource(
    Path path,
    String fileName,
    Charset charset,
    ZoneId zone,
    CsvMapping mapping,
    ImportProgress progress) {

  /** The same source, read without progress reports (for detection and first passes). */
  ChatSource withoutProgress() {
    return new ChatSource(path, fileName, charset, zone, mapping, ImportProgress.NONE);
  }

  /** A buffered reader over the text, without byte-order mark, reporting progress. */
  BufferedReader openReader() throws IOException {
    InputStream in =
        new ProgressInputStream(Files.newInputStream(path), Files.size(path), progress);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }
}
