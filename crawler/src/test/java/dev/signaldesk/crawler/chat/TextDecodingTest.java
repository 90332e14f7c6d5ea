package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecodingTest {

  private static final String TEXT = "2025-01-06 21:15:03 张伟明\n出 H100 8卡整机两台，月租7.5w\n";

  @TempDir Path dir;

  @Test
  void byteOrderMarkDecidesUtf8AndUtf16() throws Exception {
    assertThat(TextDecoding.detect(write("a", bom(0xEF, 0xBB, 0xBF), StandardCharsets.UTF_8)))
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextDecoding.detect(write("b", bom(0xFF, 0xFE), StandardCharsets.UTF_16LE)))
        .isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(TextDecoding.detect(write("c", bom(0xFE, 0xFF), StandardCharsets.UTF_16BE)))
        .isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void validUtf8WithoutBomIsUtf8AndGbkBytesAreGb18030() throws Exception {
    assertThat(TextDecoding.detect(write("d", new byte[0], StandardCharsets.UTF_8)))
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextDecoding.detect(write("e", new byte[0], Charset.forName("GBK"))))
        .isEqualTo(Charset.forName("GB18030"));
  }

  @Test
  void utf8CutInsideACharacterAtTheEndIsNotUtf8() throws Exception {
    byte[] bytes = TEXT.substring(0, TEXT.indexOf('租') + 1).getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("cut");
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));

    assertThat(TextDecoding.detect(file)).isEqualTo(Charset.forName("GB18030"));
  }

  @Test
  void utf16FileWithBomImportsWithoutMojibake() throws Exception {
    Path file = write("memotrace-utf16.txt", bom(0xFF, 0xFE), StandardCharsets.UTF_16LE);
    MemorySink sink = new MemorySink();

    ImportSummary summary =
        new ChatImporter(dir.resolve("data"), Fixtures.CLOCK)
            .importFile(file, ImportOptions.defaults(), sink);

    assertThat(summary.formatId()).isEqualTo("wechat-memotrace-txt");
    assertThat(sink.list().get(0).text()).isEqualTo("出 H100 8卡整机两台，月租7.5w");
  }

  private Path write(String name, byte[] bom, Charset charset) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bom);
    out.write(TEXT.getBytes(charset));
    Path file = dir.resolve(name);
    Files.write(file, out.toByteArray());
    return file;
  }

  private static byte[] bom(int... bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = (byte) bytes[i];
    }
    return out;
  }

  @Test
  void overlongFormsSurrogatesAndStrayContinuationBytesAreNotUtf8() throws Exception {
    assertThat(strict(0x41, 0xC0, 0xAF)).isFalse(); // overlong "/"
    assertThat(strict(0xED, 0xA0, 0x80)).isFalse(); // UTF-16 surrogate
    assertThat(strict(0x80, 0x41)).isFalse(); // continuation without lead
    assertThat(strict(0xF4, 0x90, 0x80, 0x80)).isFalse(); // above U+10FFFF
    assertThat(strict(0xF0, 0x9F, 0x91, 0x8D)).isTrue(); // thumbs-up emoji
    assertThat(strict(0xE5, 0xBC, 0xA0)).isTrue(); // 张
  }

  private boolean strict(int... bytes) throws Exception {
    Path file = dir.resolve("bytes");
    Files.write(file, bom(bytes));
    return TextDecoding.isStrictUtf8(file);
  }
}
