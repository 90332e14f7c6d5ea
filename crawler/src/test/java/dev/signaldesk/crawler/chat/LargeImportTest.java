package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Telegram export larger than the child JVM's whole heap (≥ 200 MB file, 256 MB heap) imports
 * completely: proof that parsing streams and nothing grows with the file. The figures printed
 * (messages/s, MB/s, peak heap) are measurements, not assertions.
 */
class LargeImportTest {

  private static final long MIN_BYTES = 200L << 20;
  private static final String[] SENDERS = new String[40];
  private static final String[] TEXTS = {
    "出 H100 8卡整机，月租%d元，北京亦庄机房，可签半年，量大从优，欢迎私聊看机器",
    "收 A800 80G 现货%d台，价格好谈，最好是整机带IB网络，电话 138 1234 5678",
    "WTS %d x H100 SXM nodes, 2.10 USD/GPU-hour on a six-month term, Ningxia site, power included",
    "Market update: another intelligent computing centre in Gansu is dumping %d A800 cards below-market",
    "今天4090又降了，%d张的单子报到1.3元/卡时，感觉还要跌，大家怎么看？",
  };

  static {
    for (int i = 0; i < SENDERS.length; i++) {
      SENDERS[i] = "Trader Number " + i;
    }
  }

  @TempDir Path dir;

  @Test
  void twoHundredMegabyteExportImportsInA256MegabyteHeap() throws Exception {
    Path file = dir.resolve("result.json");
    long messages = generate(file);
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(MIN_BYTES);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                LargeImportMain.class.getName(),
                file.toString(),
                dir.resolve("data").toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();
    System.out.println(
        "[LargeImportTest] "
            + file.getFileName()
            + " "
            + Files.size(file)
            + " bytes: "
            + output.strip());

    assertThat(child.exitValue()).as(output).isZero();
    Map<String, String> figures = figures(output);
    assertThat(figures.get("messages")).isEqualTo(String.valueOf(messages));
    assertThat(figures.get("imported")).isEqualTo(String.valueOf(messages));
    assertThat(figures.get("upserts")).isEqualTo(String.valueOf(messages));
    assertThat(figures.get("rejected")).isEqualTo("0");
    assertThat(Long.parseLong(figures.get("commits")))
        .isGreaterThanOrEqualTo(messages / ImportRun.BATCH);
  }

  private static long generate(Path file) throws IOException {
    long count = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\n \"name\": \"GPU Rental Desk\",\n \"type\": \"private_supergroup\",\n");
      out.write(" \"id\": 1122334455,\n \"messages\": [\n");
      long written = 100;
      long time = 1736169303L;
      while (written < MIN_BYTES) {
        count++;
        time += count % 3;
        String sender = SENDERS[(int) (count % SENDERS.length)];
        String text = String.format(TEXTS[(int) (count % TEXTS.length)], count);
        String message =
            (count == 1 ? "" : ",\n")
                + "  {\n   \"id\": "
                + count
                + ",\n   \"type\": \"message\",\n"
                + "   \"date\": \"2025-01-06T13:15:03\",\n"
                + "   \"date_unixtime\": \""
                + time
                + "\",\n"
                + "   \"from\": \""
                + sender
                + "\",\n"
                + "   \"from_id\": \"user"
                + (5550000 + count % SENDERS.length)
                + "\",\n"
                + "   \"text\": \""
                + text
                + "\",\n"
                + "   \"text_entities\": [{\"type\": \"plain\", \"text\": \""
                + text
                + "\"}]\n  }";
        out.write(message);
        written += message.getBytes(StandardCharsets.UTF_8).length;
      }
      out.write("\n ]\n}\n");
    }
    return count;
  }

  private static Map<String, String> figures(String output) {
    Map<String, String> figures = new HashMap<>();
    for (String part : output.strip().split("\\s+")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        figures.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return figures;
  }
}
