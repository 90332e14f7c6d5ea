package dev.signaldesk.bench.corpus;

import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;

/**
 * Writes the corpus's chat messages as one WeChat MemoTrace CSV export (UTF-8 with BOM, CRLF, the
 * MemoTrace header), the format the chat importer reads most. News documents are skipped, so the
 * file holds about {@code chatShare × n} messages; it is written as a stream.
 */
public final class ChatExportWriter {

  private static final String HEADER =
      "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender";
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SyntheticCorpus.MARKET_ZONE);

  private ChatExportWriter() {}

  /**
   * Writes the chat messages among {@code reports} to {@code file}.
   *
   * @return the number of messages written
   */
  public static long write(Iterator<Report> reports, Path file) throws IOException {
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      out.write(HEADER);
      out.write("\r\n");
      while (reports.hasNext()) {
        Report r = reports.next();
        if (r.kind() != ReportKind.CHAT) {
          continue;
        }
        written++;
        String sender = r.author();
        out.write(
            String.join(
                ",",
                Long.toString(written),
                "27364519802@chatroom",
                "1",
                "0",
                "0",
                Long.toString(r.publishedAt().getEpochSecond()),
                "2",
                csv(r.text()),
                LOCAL.format(r.publishedAt()),
                "",
                csv(sender),
                "wxid_" + sender.substring(sender.indexOf('-') + 1)));
        out.write("\r\n");
      }
    }
    return written;
  }

  private static String csv(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
