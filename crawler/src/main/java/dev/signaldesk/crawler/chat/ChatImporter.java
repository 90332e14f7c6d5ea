package dev.signaldesk.crawler.chat;

import dev.signaldesk.model.ReportSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports chat exports (WeChat, Telegram, WhatsApp, generic CSV) as CHAT reports. One call per
 * file; the result is an {@link ImportSummary} (JSON by its fields, {@code format()} for a
 * terminal). Typical use:
 *
 * <pre>{@code
 * ChatImporter importer = new ChatImporter(dataDir, Clock.systemUTC());
 * ImportSummary summary = importer.importFile(path, ImportOptions.defaults(), index);
 * System.out.print(summary.format());
 * int exit = summary.failed() ? 1 : 0;
 * }</pre>
 *
 * <p>The file is decoded (BOM, strict UTF-8, else GB18030), its format detected from content,
 * parsed as a stream and handed to the sink in batches of {@value ImportRun#BATCH}, each committed.
 * Senders are pseudonymised with a key kept in {@code <data>/secrets/chat-pseudonym.key}; contact
 * numbers are redacted. Reports already in the sink ({@link ReportSink#contains}) are counted as
 * duplicates and not written again. Nothing the sink already holds is ever removed. Thread-safe:
 * each call works on its own state.
 */
public final class ChatImporter {

  private static final DateTimeFormatter RAW_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path dataDir;
  private final Clock clock;
  private volatile byte[] key;

  /**
   * @param dataDir the SignalDesk data directory: holds the pseudonym key, {@code raw/} copies and
   *     {@code tmp/} (uploads and extracted zips, removed after each import)
   * @param clock the source of {@code fetchedAt} and raw-copy time stamps
   */
  public ChatImporter(Path dataDir, Clock clock) {
    this.dataDir = Objects.requireNonNull(dataDir, "The 'dataDir' parameter must not be null.");
    this.clock = Objects.requireNonNull(clock, "The 'clock' parameter must not be null.");
  }

  /** Imports one export file (or zip holding one). See the class comment. */
  public ImportSummary importFile(Path file, ImportOptions options, ReportSink sink) {
    return importFile(file, options, sink, ImportProgress.NONE);
  }

  /** As {@link #importFile(Path, ImportOptions, ReportSink)}, telling {@code progress} how far. */
  public ImportSummary importFile(
      Path file, ImportOptions options, ReportSink sink, ImportProgress progress) {
    Path folder = file.toAbsolutePath().getParent();
    String folderName =
        folder == null || folder.getFileName() == null ? null : folder.getFileName().toString();
    return run(file, file.getFileName().toString(), folderName, options, sink, progress);
  }

  /**
   * Imports an uploaded export. The stream is copied to {@code <data>/tmp} first (formats such as
   * WhatsApp need two passes, and zips need random access), then imported like a file and deleted.
   *
   * @param fileName the uploaded file's name, used for provenance and as the group-name fallback
   */
  public ImportSummary importFile(
      InputStream in, String fileName, ImportOptions options, ReportSink sink) {
    String name = Path.of(fileName.replace('\\', '/')).getFileName().toString();
    Path spool = null;
    try {
      spool = Files.createTempFile(tmpDir(), "upload-", ".part");
      Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
      return run(spool, name, null, options, sink, ImportProgress.NONE);
    } catch (IOException e) {
      return ImportSummary.refused(
          name, "unknown", "the upload could not be stored: " + e.getMessage());
    } finally {
      deleteQuietly(spool);
    }
  }

  private ImportSummary run(
      Path file,
      String fileName,
      String folderName,
      ImportOptions options,
      ReportSink sink,
      ImportProgress progress) {
    Objects.requireNonNull(options, "The 'options' parameter must not be null.");
    Objects.requireNonNull(sink, "The 'sink' parameter must not be null.");
    if (!Files.isRegularFile(file)) {
      return ImportSummary.refused(fileName, "unknown", "no such file");
    }
    Path extracted = null;
    try {
      if (options.keepRaw()) {
        keepRaw(file, fileName);
      }
      Path text = file;
      if (SafeZip.isZip(file)) {
        extracted = SafeZip.extractChat(file, tmpDir());
        text = extracted;
      }
      return importText(text, fileName, folderName, options, sink, progress);
    } catch (SafeZip.UnsafeZipException e) {
      return ImportSummary.refused(fileName, "zip", e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return ImportSummary.refused(
          fileName, "unknown", "the file could not be read: " + e.getMessage());
    } finally {
      deleteQuietly(extracted);
    }
  }

  private ImportSummary importText(
      Path text,
      String fileName,
      String folderName,
      ImportOptions options,
      ReportSink sink,
      ImportProgress progress)
      throws IOException {
    Charset charset = TextDecoding.detect(text);
    ChatSource probe =
        new ChatSource(text, fileName, charset, ZoneOffset.UTC, options.mapping(), progress);
    Optional<ChatFormat> format =
        options.format() == null ? FormatDetector.detect(probe) : ChatFormat.byId(options.format());
    if (format.isEmpty()) {
      return ImportSummary.refused(
          fileName,
          "unknown",
          options.format() == null
              ? "unknown format: not a WeChat, Telegram or WhatsApp export (for another CSV, give a"
                  + " column mapping)"
              : "unknown format '" + options.format() + "'");
    }
    ChatFormat chosen = format.get();
    ChatSource source =
        new ChatSource(
            text,
            fileName,
            charset,
            options.zone() != null ? options.zone() : chosen.defaultZone(),
            options.mapping(),
            progress);
    String fallbackGroup = GroupNames.fromFile(fileName, folderName);
    Instant now = clock.instant();
    if (options.strict()) {
      ImportRun check =
          new ImportRun(fileName, chosen, fallbackGroup, options, sink, true, now, pseudonymiser());
      parse(chosen, source.withoutProgress(), check);
      if (check.rejected() > 0) {
        ImportSummary found = check.summary();
        return new ImportSummary(
            found.file(),
            found.formatId(),
            found.messagesRead(),
            0,
            0,
            found.skippedByType(),
            found.rejected(),
            found.problems(),
            found.groups());
      }
    }
    ImportRun run =
        new ImportRun(fileName, chosen, fallbackGroup, options, sink, false, now, pseudonymiser());
    try {
      parse(chosen, source, run);
    } finally {
      run.finish();
    }
    return run.summary();
  }

  private static void parse(ChatFormat format, ChatSource source, ImportRun run)
      throws IOException {
    try {
      parserFor(format).parse(source, run);
    } catch (IOException | UncheckedIOException e) {
      run.problem(0, "reading stopped: " + e.getClass().getSimpleName());
    } catch (RuntimeException e) {
      // A sink or parser failure must not lose the batch already handed over: report it as a
      // problem; the caller's finally commits what was accepted.
      run.problem(0, "import stopped by an internal error: " + e.getClass().getSimpleName());
    }
  }

  static ChatParser parserFor(ChatFormat format) {
    return switch (format) {
      case WECHAT_MEMOTRACE_CSV -> new MemoTraceCsvParser();
      case WECHAT_MEMOTRACE_TXT -> new MemoTraceTxtParser();
      case WECHAT_PYWXDUMP_CSV -> new PyWxDumpCsvParser();
      case WECHAT_EXPORTER_TXT -> new WeChatExporterTxtParser();
      case TELEGRAM_JSON -> new TelegramJsonParser();
      case WHATSAPP_TXT -> new WhatsAppTxtParser();
      case GENERIC_CSV -> new GenericCsvParser();
    };
  }

  private Pseudonymiser pseudonymiser() {
    byte[] k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = PseudonymSecret.loadOrCreate(dataDir);
        }
        k = key;
      }
    }
    return new Pseudonymiser(k);
  }

  private void keepRaw(Path file, String fileName) throws IOException {
    Path raw = dataDir.resolve("raw");
    Files.createDirectories(raw);
    Files.copy(
        file,
        raw.resolve(RAW_STAMP.format(clock.instant()) + "-" + fileName),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private Path tmpDir() throws IOException {
    return Files.createDirectories(dataDir.resolve("tmp"));
  }

  private static void deleteQuietly(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // a leftover temp file is harmless; the import result matters more
      }
    }
  }
}
