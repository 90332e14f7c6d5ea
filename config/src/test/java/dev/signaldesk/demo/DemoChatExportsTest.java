package dev.signaldesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks that the bundled chat exports are faithful to their formats (DOMAIN.md §4) and carry the
 * cases the importers must handle, so importer tests can rely on them.
 */
class DemoChatExportsTest {

  private static final Pattern MEMOTRACE_HEADER =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})(?: (.+))?$");

  private static String content(String fileName) {
    return DemoCorpus.load().chatExports().stream()
        .filter(e -> e.fileName().equals(fileName))
        .map(e -> new String(e.bytes(), StandardCharsets.UTF_8))
        .findFirst()
        .orElseThrow(() -> new AssertionError(fileName + " is not in the demo corpus"));
  }

  @Test
  void memoTraceExportHasAboutEightyRecordsInTimeOrderAcross2024To2026() {
    String text = content("算力二手交易群.txt");
    List<LocalDateTime> times = new ArrayList<>();
    int system = 0;
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    // A record is a header line, content lines, then a blank line.
    for (String record : text.split("\n\n")) {
      String[] lines = record.strip().split("\n");
      Matcher m = MEMOTRACE_HEADER.matcher(lines[0]);
      assertThat(m.matches()).as("record header: " + lines[0]).isTrue();
      assertThat(lines.length).as("record without content: " + lines[0]).isGreaterThan(1);
      times.add(LocalDateTime.parse(m.group(1), f));
      if (m.group(2) == null) {
        system++;
      }
    }
    assertThat(times).hasSizeBetween(75, 90).isSorted();
    assertThat(times.get(0).getYear()).isEqualTo(2024);
    assertThat(times.get(times.size() - 1).getYear()).isEqualTo(2026);
    assertThat(system).isGreaterThanOrEqualTo(2);
  }

  @Test
  void memoTraceExportCarriesTradePostsQuotesPlaceholdersAndDataToRedact() {
    String text = content("算力二手交易群.txt");
    assertThat(text).contains("\n出 ", "\n收 ", "\n求购 ", "\n急出 ", "\n清仓 ", "\n甩卖 ");
    assertThat(text).contains("210w", "7w/月", "1.6元/卡时", "13.5w一张");
    assertThat(text).containsPattern("\n引用:[^:\n]+:");
    assertThat(text).contains("[图片]", "[语音]");
    assertThat(text).containsPattern("1[3-9]\\d{9}").containsPattern("wxid_[a-z0-9]+");
  }

  @Test
  void telegramExportIsASingleChatWithServiceMessageRepliesAndEntityText() throws IOException {
    JsonNode chat = new ObjectMapper().readTree(content("APAC-GPU-Brokers_result.json"));
    assertThat(chat.get("name").asText()).isEqualTo("APAC GPU Brokers");
    assertThat(chat.get("type").asText()).isNotBlank();
    assertThat(chat.get("id").isNumber()).isTrue();
    JsonNode messages = chat.get("messages");
    assertThat(messages.size()).isBetween(28, 40);
    Set<Integer> ids = new HashSet<>();
    boolean service = false;
    boolean entityArray = false;
    int replies = 0;
    for (JsonNode m : messages) {
      ids.add(m.get("id").asInt());
      assertThat(m.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
      assertThat(m.get("date_unixtime").isTextual()).isTrue();
      assertThat(m.get("text_entities").isArray()).isTrue();
      service |= m.get("type").asText().equals("service");
      if (m.get("type").asText().equals("message")) {
        assertThat(m.get("from_id").asText()).startsWith("user");
        entityArray |= m.get("text").isArray();
      }
      if (m.has("reply_to_message_id")) {
        replies++;
        assertThat(ids).contains(m.get("reply_to_message_id").asInt());
      }
    }
    assertThat(service).isTrue();
    assertThat(entityArray).isTrue();
    assertThat(replies).isGreaterThanOrEqualTo(3);
  }
}
