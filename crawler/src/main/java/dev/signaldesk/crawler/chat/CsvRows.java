package dev.signaldesk.crawler.chat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Streams the records of a CSV file with a header row, reading columns by header name so that older
 * exports with fewer or extra columns still work, and tolerating short rows (a missing column reads
 * as null). Each record comes with the line it starts on. An unterminated quote (a truncated file)
 * is reported as a problem and ends the file.
 */
final class CsvRows {

  /** One record and its starting line; {@link #get(String)} is null for missing columns. */
  record Row(CSVRecord record, long line) {

    String get(String column) {
      return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }
  }

  private CsvRows() {}

  static void forEach(
      Reader reader,
      char delimiter,
      MessageHandler handler,
      BiConsumer<Row, Map<String, Integer>> each)
      throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(true)
            .setTrailingData(true)
            .get();
    CSVParser opened;
    try {
      opened = format.parse(reader); // reads the header row
    } catch (UncheckedIOException | IllegalArgumentException e) {
      handler.problem(1, "the CSV header cannot be read");
      return;
    }
    try (CSVParser parser = opened) {
      Map<String, Integer> header = parser.getHeaderMap();
      long nextLine = parser.getCurrentLineNumber() + 1;
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            return;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          handler.problem(
              nextLine,
              "the CSV cannot be read past this line (unterminated quote: truncated file?)");
          return;
        }
        each.accept(new Row(record, nextLine), header);
        nextLine = parser.getCurrentLineNumber() + 1;
      }
    }
  }
}
