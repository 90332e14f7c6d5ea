package dev.signaldesk.crawler.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixture pages reach {@link HtmlExtractionFuzzTest}'s seed directories. The crawler pom copies
 * them there at build time; if that copy stopped (a renamed directory, a dropped execution), Jazzer
 * would quietly replay only the empty input and the regression run would still pass, so this test
 * compares what Jazzer will find on the classpath with the fixture directories themselves.
 */
class HtmlExtractionSeedsTest {

  private static final Path FIXTURES = Path.of("src", "test", "resources");

  @ParameterizedTest(name = "{0} is seeded from {1}")
  @CsvSource({
    "genericExtractionAlwaysYieldsAnArticle, extraction/en, en",
    "genericExtractionAlwaysYieldsAnArticle, extraction/zh, zh",
    "kr36PagesParseOrFailAsData, sites/36kr, ''",
    "weChatAndJazzyearPagesParseOrFailAsData, sites/wechat, wechat",
    "weChatAndJazzyearPagesParseOrFailAsData, sites/jazzyear, jazzyear"
  })
  void everyFixturePageIsASeedByteForByte(String method, String fixtureDir, String seedSubdir)
      throws IOException {
    Path seeds = seedDirectory(method).resolve(seedSubdir);
    List<Path> pages = htmlFiles(FIXTURES.resolve(fixtureDir));
    assertThat(pages).as("fixture pages in %s", fixtureDir).isNotEmpty();
    assertThat(htmlFiles(seeds).stream().map(Path::getFileName).map(Path::toString))
        .containsExactlyInAnyOrderElementsOf(
            pages.stream().map(Path::getFileName).map(Path::toString).toList());
    for (Path page : pages) {
      assertThat(Files.readAllBytes(seeds.resolve(page.getFileName().toString())))
          .as("seed copy of %s", page)
          .isEqualTo(Files.readAllBytes(page));
    }
  }

  /** The directory Jazzer reads for {@code method}: a classpath resource, as Jazzer looks it up. */
  private static Path seedDirectory(String method) {
    URL url = HtmlExtractionFuzzTest.class.getResource("HtmlExtractionFuzzTestInputs/" + method);
    assertThat(url).as("seed directory of %s on the test classpath", method).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> htmlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
