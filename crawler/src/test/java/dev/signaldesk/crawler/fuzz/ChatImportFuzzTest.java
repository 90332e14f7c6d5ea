package dev.signaldesk.crawler.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signaldesk.crawler.chat.ChatFormat;
import dev.signaldesk.crawler.chat.ChatImporter;
import dev.signaldesk.crawler.chat.CsvMapping;
import dev.signaldesk.crawler.chat.ImportOptions;
import dev.signaldesk.crawler.chat.ImportSummary;
import dev.signaldesk.crawler.reliability.MemorySink;
import dev.signaldesk.testsupport.PerInputTimeLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Fuzzes the chat import end to end: zip sniffing, charset detection, format detection and every
 * export parser. The first input byte picks the parser (0 = detect from content, then one per
 * {@link ChatFormat}); the rest is the file.
 *
 * <p>Properties: the importer never throws; a parser never fails with an internal error (the
 * importer turns a {@link RuntimeException} from a parser into the problem "import stopped by an
 * internal error", which for a parser is a bug, not bad input); what it reports as imported is
 * exactly what reached the sink; every report has text; no input takes longer than {@value
 * #LIMIT_MILLIS} ms. Seeds are the hand-written exports from {@code src/test/resources/chat}.
 */
class ChatImportFuzzTest {

  static final long LIMIT_MILLIS = 10_000;
  private static final ChatFormat[] FORMATS = ChatFormat.values();
  private static final CsvMapping MAPPING = new CsvMapping("when", "who", "message", "iso", ';');
  private static final Path DATA = tempDir("signaldesk-chat-fuzz");
  private static final ChatImporter IMPORTER =
      new ChatImporter(DATA, Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC));
  private static final PerInputTimeLimit LIMIT = new PerInputTimeLimit(LIMIT_MILLIS);

  @FuzzTest(maxDuration = "5m")
  void importNeverFailsInternally(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    int choice = Byte.toUnsignedInt(input[0]) % (FORMATS.length + 1);
    ImportOptions options = ImportOptions.defaults().withMapping(MAPPING);
    if (choice > 0) {
      options = options.withFormat(FORMATS[choice - 1].id());
    }
    Path file = DATA.resolve("fuzz-export.txt");
    Files.write(file, Arrays.copyOfRange(input, 1, input.length));
    MemorySink sink = new MemorySink();
    ImportOptions chosen = options;
    ImportSummary summary = LIMIT.run(() -> IMPORTER.importFile(file, chosen, sink));

    assertThat(summary.problems())
        .noneMatch(p -> p.reason().contains("internal error"))
        .as("problems name no content-free internal failure");
    assertThat(summary.imported()).isEqualTo(sink.reports().size());
    assertThat(summary.rejected()).isGreaterThanOrEqualTo(summary.problems().size());
    assertThat(sink.reports().values()).allSatisfy(r -> assertThat(r.text()).isNotNull());
  }

  private static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
