package dev.signaldesk.crawler.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises an export format from the first lines of its text, never from the file name (uploads
 * are often renamed): a JSON object with {@code messages} or {@code chats} is Telegram; CSV headers
 * are told apart by their column names; the TXT formats by the shape of their header lines. A CSV
 * with a user mapping whose columns are present is {@code generic-csv}.
 */
final class FormatDetector {

  private static final int SAMPLE_LINES = 400;
  private static final int SAMPLE_CHARS = 1 << 16;

  private FormatDetector() {}

  static Optional<ChatFormat> detect(ChatSource source) throws IOException {
    List<String> lines = sample(source);
    String firstNonBlank = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
    String head = String.join("\n", lines);
    if (firstNonBlank.stripLeading().startsWith("{")) {
      return head.contains("\"messages\"")
              || head.contains("\"chats\"")
              || head.contains("\"personal_information\"")
          ? Optional.of(ChatFormat.TELEGRAM_JSON)
          : Optional.empty();
    }
    List<String> columns = csvColumns(firstNonBlank);
    if (columns.contains("strcontent") && columns.contains("createtime")
        || columns.contains("strcontent") && columns.contains("strtime")) {
      return Optional.of(ChatFormat.WECHAT_MEMOTRACE_CSV);
    }
    if (columns.contains("msgsvrid") && columns.contains("msg")) {
      return Optional.of(ChatFormat.WECHAT_PYWXDUMP_CSV);
    }
    if (firstNonBlank.strip().endsWith(WeChatExporterTxtParser.TITLE_SUFFIX.strip())) {
      return Optional.of(ChatFormat.WECHAT_EXPORTER_TXT);
    }
    if (MemoTraceTxtParser.HEADER.matcher(firstNonBlank).matches()) {
      return Optional.of(ChatFormat.WECHAT_MEMOTRACE_TXT);
    }
    long whatsApp = lines.stream().filter(l -> WhatsAppLine.parse(l) != null).count();
    if (WhatsAppLine.parse(firstNonBlank) != null || whatsApp * 2 >= nonBlank(lines)) {
      return Optional.of(ChatFormat.WHATSAPP_TXT);
    }
    CsvMapping mapping = source.mapping();
    if (mapping != null) {
      List<String> mapped = csvColumns(firstNonBlank, mapping.delimiter(), false);
      if (mapped.contains(mapping.timeColumn()) && mapped.contains(mapping.textColumn())) {
        return Optional.of(ChatFormat.GENERIC_CSV);
      }
    }
    return Optional.empty();
  }

  private static long nonBlank(List<String> lines) {
    return Math.max(1, lines.stream().filter(l -> !l.isBlank()).count());
  }

  private static List<String> sample(ChatSource source) throws IOException {
    List<String> lines = new ArrayList<>();
    int chars = 0;
    try (BufferedReader reader = source.withoutProgress().openReader()) {
      String line;
      while (lines.size() < SAMPLE_LINES
          && chars < SAMPLE_CHARS
          && (line = reader.readLine()) != null) {
        lines.add(line.length() > 4096 ? line.substring(0, 4096) : line);
        chars += line.length();
      }
    }
    return lines;
  }

  private static List<String> csvColumns(String header) {
    return csvColumns(header, ',', true);
  }

  /** Header names split on the delimiter, unquoted, trimmed (lower-cased if asked). */
  private static List<String> csvColumns(String header, char delimiter, boolean lowerCase) {
    List<String> out = new ArrayList<>();
    for (String part : header.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
      String name = part.strip();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      out.add(lowerCase ? name.toLowerCase(Locale.ROOT) : name);
    }
    return out;
  }
}
