package dev.signaldesk.crawler.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signaldesk.crawler.extract.CharsetDecoder;
import dev.signaldesk.crawler.extract.DecodedText;
import dev.signaldesk.testsupport.PerInputTimeLimit;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Fuzzes {@link CharsetDecoder} with arbitrary bodies and {@code Content-Type} headers.
 *
 * <p>The first byte picks a header from {@link #HEADERS}; its last choice takes the header from the
 * input itself (up to the first newline), so malformed header syntax is fuzzed too. Properties: no
 * exception; a text, a charset and a known rule are always returned; the decoded text never starts
 * with a byte-order mark; nothing takes longer than {@value ChatImportFuzzTest#LIMIT_MILLIS} ms.
 */
class CharsetDetectionFuzzTest {

  private static final String[] HEADERS = {
    null,
    "text/html",
    "text/html; charset=utf-8",
    "text/html; charset=GBK",
    "text/html;charset=gb2312",
    "text/html; charset=ISO-8859-1",
    "text/html; charset=\"utf-16\"",
    "text/html; charset=x-no-such-charset",
    "text/html; charset=Shift_JIS",
    "text/html; charset=UTF-32BE",
    "text/html; charset=utf-7",
  };
  private static final CharsetDecoder DECODER = new CharsetDecoder();
  private static final PerInputTimeLimit LIMIT =
      new PerInputTimeLimit(ChatImportFuzzTest.LIMIT_MILLIS);

  @FuzzTest(maxDuration = "5m")
  void decodingAlwaysYieldsText(byte[] input) {
    if (input.length == 0) {
      return;
    }
    int choice = Byte.toUnsignedInt(input[0]) % (HEADERS.length + 1);
    byte[] rest = Arrays.copyOfRange(input, 1, input.length);
    String header;
    byte[] body;
    if (choice < HEADERS.length) {
      header = HEADERS[choice];
      body = rest;
    } else {
      int newline = indexOf(rest, (byte) '\n');
      header = new String(rest, 0, newline, StandardCharsets.ISO_8859_1);
      body = Arrays.copyOfRange(rest, Math.min(rest.length, newline + 1), rest.length);
    }

    DecodedText decoded = LIMIT.run(() -> DECODER.decode(body, header));

    assertThat(decoded.text()).isNotNull().doesNotStartWith("\uFEFF");
    assertThat(decoded.charset()).isNotNull();
    assertThat(decoded.how())
        .matches("(empty|header|bom|meta|detected|fallback)(\\+lossy)?")
        .as("the rule that chose the charset");
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return bytes.length;
  }
}
