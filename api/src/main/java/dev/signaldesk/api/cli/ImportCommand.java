package dev.signaldesk.api.cli;

import dev.signaldesk.api.imports.ImportOptionValues;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.crawler.chat.ChatImporter;
import dev.signaldesk.crawler.chat.ImportOptions;
import dev.signaldesk.crawler.chat.ImportSummary;
import dev.signaldesk.indexer.index.ReportIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code signaldesk import FILE…}: imports chat exports into the index under the data-directory
 * lock, one summary per file; exits 1 when any line, message or file was rejected, so a script
 * notices an incomplete import.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import chat exports (WeChat, Telegram, WhatsApp, CSV) into the index.",
      "Senders are pseudonymised and numbers redacted unless told otherwise."
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Export files (or zips)")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "Format id instead of detection, e.g. wechat-memotrace-csv")
  String format;

  @Option(names = "--group", paramLabel = "NAME", description = "File the messages under NAME")
  String group;

  @Option(
      names = "--timezone",
      paramLabel = "Z",
      description = "Zone of local times in the file (default Asia/Shanghai for WeChat, else UTC)")
  String timezone;

  @Option(names = "--keep-raw", description = "Keep a copy of the original under <data>/raw")
  boolean keepRaw;

  @Option(
      names = "--no-pseudonymise",
      description = "Keep sender names (only for chats you own; numbers are redacted anyway)")
  boolean noPseudonymise;

  @Option(names = "--strict", description = "Import nothing from a file with any bad line")
  boolean strict;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException {
    SignalDeskConfig config = data.loadConfig();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImportOptions options;
    try {
      options = options();
    } catch (IllegalArgumentException e) {
      err.println("signaldesk import: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Path dir = data.dataDir();
    boolean failed = false;
    try (DataDirLock lock = DataDirLock.acquire(dir, "import", clock);
        ReportIndex index = WritableIndex.open(dir, config, clock)) {
      ChatImporter importer = new ChatImporter(dir, clock);
      for (Path file : files) {
        TerminalProgress progress = new TerminalProgress(file.getFileName().toString(), err);
        ImportSummary summary = importer.importFile(file, options, index, progress);
        progress.done();
        out.print(summary.format());
        out.flush();
        failed |= summary.failed();
      }
      index.commit();
    }
    return failed ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  /**
   * @throws IllegalArgumentException naming the bad option
   */
  ImportOptions options() {
    ImportOptions o =
        ImportOptions.defaults()
            .withKeepRaw(keepRaw)
            .withPseudonymise(!noPseudonymise)
            .withStrict(strict);
    return ImportOptionValues.apply(o, format, group, timezone, n -> "--" + n);
  }
}
