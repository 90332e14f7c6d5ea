package dev.signaldesk.crawler.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JSON value that a page assigns in inline JavaScript, e.g. {@code
 * window.initialState={...};window.__PAGE__=...}.
 *
 * <p>The script holds other statements after the value, so a regex cannot know where the JSON ends;
 * a streaming parser started at the value's first character reads exactly one complete value and
 * stops, whatever follows.
 */
public final class EmbeddedJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * The outcome of reading: the value, or why there is none.
   *
   * @param value the parsed value; null when absent or malformed
   * @param problem null when {@code value} is set; otherwise "not found" or the parse error
   */
  public record Read(JsonNode value, String problem) {
    public boolean found() {
      return value != null;
    }
  }

  /** Reads the JSON value assigned to {@code variable} (e.g. {@code window.initialState}). */
  public static Read assignedTo(String html, String variable) {
    if (html == null) {
      return new Read(null, "not found: no page text");
    }
    Matcher m = Pattern.compile(Pattern.quote(variable) + "\\s*=\\s*").matcher(html);
    if (!m.find()) {
      return new Read(null, "not found: no '" + variable + "=' in page");
    }
    try (JsonParser parser = MAPPER.createParser(new StringReader(html.substring(m.end())))) {
      JsonNode node = MAPPER.readTree(parser);
      return node == null
          ? new Read(null, "not found: nothing after '" + variable + "='")
          : new Read(node, null);
    } catch (JsonProcessingException e) {
      return new Read(
          null,
          "malformed JSON after '"
              + variable
              + "=' at char "
              + e.getLocation().getCharOffset()
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      return new Read(null, "unreadable JSON after '" + variable + "=': " + e.getMessage());
    }
  }

  /** Convenience: the value, if it was read. */
  public static Optional<JsonNode> valueAssignedTo(String html, String variable) {
    return Optional.ofNullable(assignedTo(html, variable).value());
  }

  private EmbeddedJson() {}
}
