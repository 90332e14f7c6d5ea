package dev.signaldesk.api.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.signal.SignalExtractor;
import dev.signaldesk.indexer.signal.SignalReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code signaldesk extract}: runs the signal extractors over text on stdin and prints every price
 * mention (with its rule, or why it was excluded), the offer side, sentiment and entities; {@code
 * --json} prints the {@link SignalReport} exactly as its record fields name it. Uses the signal
 * settings of {@code --config}, so a changed vocabulary can be tried before reindexing.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print the price mentions, side, sentiment and entities of the text on stdin.")
final class ExtractCommand implements Callable<Integer> {
  private static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * Plain Jackson over the records: every component is written, empty lists included, so the JSON
   * has exactly the record's shape; dates are ISO strings.
   */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(
              new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the SignalReport as JSON")
  boolean json;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "The text's date: undated prices refer to it (default: today in China)")
  String date;

  /** Where the text comes from; the CLI's stdin unless a test swaps it. */
  InputStream in = System.in;

  @Override
  public Integer call() throws IOException {
    SignalDeskConfig config = data.loadConfig();
    PrintWriter out = spec.commandLine().getOut();
    LocalDate docDate;
    try {
      docDate = date == null ? LocalDate.now(MARKET_ZONE) : LocalDate.parse(date.trim());
    } catch (DateTimeParseException e) {
      spec.commandLine().getErr().println("signaldesk extract: --date must look like 2025-03-01");
      return ExitCodes.USAGE;
    }
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    SignalReport report = new SignalExtractor(config.signals()).analyse(text, docDate);
    if (json) {
      out.println(JSON.writeValueAsString(report));
    } else {
      out.print(report.format());
    }
    return ExitCodes.OK;
  }
}
