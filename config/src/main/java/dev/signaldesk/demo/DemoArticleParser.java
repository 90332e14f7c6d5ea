package dev.signaldesk.demo;

import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportKind;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses one demo news file: {@code key: value} header lines up to the first blank line, then the
 * body as paragraphs separated by blank lines. Lines inside a paragraph are joined (with a space
 * for English, directly for Chinese), paragraphs are separated by one blank line in {@link
 * Report#text()}.
 */
final class DemoArticleParser {

  static final Set<String> KNOWN_KEYS =
      Set.of("source", "url", "title", "author", "published", "language", "account");
  private static final List<String> REQUIRED_KEYS =
      List.of("source", "url", "title", "published", "language");

  private DemoArticleParser() {}

  /**
   * @param path path relative to the corpus root, {@code news/<slug>.txt}; used for the slug and in
   *     error messages
   * @param content the whole file
   */
  static Report parse(String path, String content) {
    String[] lines = content.replace("\r\n", "\n").split("\n", -1);
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, Integer> headerLine = new LinkedHashMap<>();
    int i = 0;
    for (; i < lines.length && !lines[i].isBlank(); i++) {
      int lineNo = i + 1;
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw new DemoCorpusException(path, lineNo, "header line is not 'key: value'");
      }
      String key = lines[i].substring(0, colon).trim();
      String value = lines[i].substring(colon + 1).trim();
      if (!KNOWN_KEYS.contains(key)) {
        throw new DemoCorpusException(path, lineNo, "unknown header key '" + key + "'");
      }
      if (value.isEmpty()) {
        throw new DemoCorpusException(path, lineNo, "header key '" + key + "' has no value");
      }
      if (header.putIfAbsent(key, value) != null) {
        throw new DemoCorpusException(path, lineNo, "header key '" + key + "' repeated");
      }
      headerLine.put(key, lineNo);
    }
    int headerEnd = i + 1;
    for (String key : REQUIRED_KEYS) {
      if (!header.containsKey(key)) {
        throw new DemoCorpusException(path, headerEnd, "header lacks required key '" + key + "'");
      }
    }
    String author = header.getOrDefault("author", header.get("account"));
    if (author == null) {
      throw new DemoCorpusException(path, headerEnd, "header needs 'author' or 'account'");
    }
    String language = header.get("language");
    if (!language.equals("zh") && !language.equals("en")) {
      throw new DemoCorpusException(
          path,
          headerLine.get("language"),
          "language must be 'zh' or 'en', was '" + language + "'");
    }
    Instant published = parseTime(path, headerLine.get("published"), header.get("published"));
    String url = header.get("url");
    if (!url.startsWith("https://")) {
      throw new DemoCorpusException(path, headerLine.get("url"), "url must start with https://");
    }
    String text = body(lines, i, language.equals("en") ? " " : "");
    if (text.isEmpty()) {
      throw new DemoCorpusException(path, headerEnd, "body is empty");
    }
    String slug = slugOf(path);
    return new Report(
        ReportIds.forDemo(slug),
        header.get("source"),
        ReportKind.NEWS,
        url,
        url,
        header.get("title"),
        text,
        author,
        language,
        published,
        published.plus(fetchDelay(slug)),
        null,
        Provenance.demo(path),
        null);
  }

  static String slugOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  private static Instant parseTime(String path, int line, String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new DemoCorpusException(
          path, line, "published must be ISO-8601 with offset, was '" + value + "'");
    }
  }

  private static String body(String[] lines, int from, String joiner) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = from; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        flush(paragraphs, current);
      } else {
        if (current.length() > 0) {
          current.append(joiner);
        }
        current.append(line);
      }
    }
    flush(paragraphs, current);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(List<String> paragraphs, StringBuilder current) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  /**
   * A crawler sees an article a few minutes after it appears; 3–17 minutes, derived from the slug
   * so reloading yields the same report.
   */
  private static Duration fetchDelay(String slug) {
    return Duration.ofMinutes(3 + Math.floorMod(slug.hashCode(), 15));
  }
}
