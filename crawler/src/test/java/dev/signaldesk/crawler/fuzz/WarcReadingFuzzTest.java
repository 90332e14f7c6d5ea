package dev.signaldesk.crawler.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signaldesk.crawler.archive.ArchivedResponse;
import dev.signaldesk.crawler.archive.WarcArchive;
import dev.signaldesk.testsupport.PerInputTimeLimit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Fuzzes our WARC reader ({@link WarcArchive}) over fuzzed archive files: the scan that reindexing
 * runs ({@link WarcArchive#forEachResponse}) and the lookup by record id that the snapshot endpoint
 * runs ({@link WarcArchive#read}).
 *
 * <p>The first input byte picks how the rest is stored: bit 0 set gzips it as one member (archives
 * on disk are gzip; mutating compressed bytes directly rarely reaches the record parser, so most
 * inputs are plain WARC text that the reader sniffs), and the other bits pick which record of the
 * scan is looked up again by id.
 *
 * <p>Properties: the scan never throws, whatever the bytes (damage is a line in {@code errors()}
 * naming the file); every record it yields has a target URI and a body; looking a scanned record up
 * by its id finds the same body; a lookup either answers or throws an {@link IOException} (the
 * documented failure); no input takes longer than {@value ChatImportFuzzTest#LIMIT_MILLIS} ms.
 * Seeds are small WARC files as {@code WarcFileWriter} writes them (warcinfo, response, request),
 * with HTML, gzip-decoded and truncated bodies.
 */
class WarcReadingFuzzTest {

  private static final Path ARCHIVE = tempDir("signaldesk-warc-fuzz");
  private static final String FILE = "fuzz-00001.warc.gz";
  private static final PerInputTimeLimit LIMIT =
      new PerInputTimeLimit(ChatImportFuzzTest.LIMIT_MILLIS);

  @FuzzTest(maxDuration = "5m")
  void readingYieldsRecordsOrDocumentedErrors(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    int control = Byte.toUnsignedInt(input[0]);
    byte[] rest = Arrays.copyOfRange(input, 1, input.length);
    Files.write(ARCHIVE.resolve(FILE), (control & 1) == 1 ? gzip(rest) : rest);
    WarcArchive archive = new WarcArchive(ARCHIVE);

    List<ArchivedResponse> scanned = new ArrayList<>();
    WarcArchive.ScanReport report = LIMIT.run(() -> archive.forEachResponse(scanned::add));
    assertThat(report.files()).isEqualTo(1);
    assertThat(report.responses()).isEqualTo(scanned.size());
    assertThat(report.errors()).allSatisfy(e -> assertThat(e).startsWith(FILE));
    for (ArchivedResponse r : scanned) {
      assertThat(r.targetUri()).isNotNull();
      assertThat(r.body()).isNotNull();
      assertThat(r.recordId()).startsWith("<").endsWith(">");
    }

    if (!scanned.isEmpty()) {
      ArchivedResponse wanted = scanned.get((control >> 1) % scanned.size());
      Optional<ArchivedResponse> again = lookUp(archive, wanted.recordId());
      // The same id may appear twice in a fuzzed file; the lookup returns the first such record.
      assertThat(again).as("a scanned record is found again by its id").isPresent();
      assertThat(again.get().recordId()).isEqualTo(wanted.recordId());
    }
    lookUp(archive, "<urn:uuid:00000000-0000-0000-0000-000000000000>");
  }

  private static Optional<ArchivedResponse> lookUp(WarcArchive archive, String id) {
    return LIMIT.run(
        () -> {
          try {
            return archive.read(FILE, id);
          } catch (NoSuchFileException e) {
            throw new AssertionError("the file was just written", e);
          } catch (IOException e) {
            return Optional.empty(); // documented: an unreadable record is an IOException
          }
        });
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
