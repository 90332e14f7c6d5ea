package dev.signaldesk.api.imports;

import dev.signaldesk.crawler.chat.ChatFormat;
import dev.signaldesk.crawler.chat.ImportOptions;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The import options a person types, as text, checked the same way for {@code signaldesk import}
 * (command-line options) and {@code POST /api/imports} (multipart parts): format id, group name and
 * time zone. Blank values mean "not given"; values are trimmed. Only the way an option is named in
 * a message differs, so each caller passes its own naming.
 */
public final class ImportOptionValues {
  private ImportOptionValues() {}

  /**
   * Lays the given values over {@code base}.
   *
   * @param name how an option is named to the user, from its bare name ({@code format}): {@code
   *     --format} on the command line, {@code The 'format' part} over HTTP
   * @throws IllegalArgumentException naming the option, the bad value and what is accepted
   */
  public static ImportOptions apply(
      ImportOptions base,
      String format,
      String group,
      String timezone,
      UnaryOperator<String> name) {
    ImportOptions o = base;
    if (given(format)) {
      if (ChatFormat.byId(format.trim()).isEmpty()) {
        throw new IllegalArgumentException(
            name.apply("format")
                + " '"
                + format
                + "' is not a known format; known: "
                + knownFormats());
      }
      o = o.withFormat(format.trim());
    }
    if (given(group)) {
      o = o.withGroup(group.trim());
    }
    if (given(timezone)) {
      try {
        o = o.withZone(ZoneId.of(timezone.trim()));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            name.apply("timezone")
                + " '"
                + timezone
                + "' is not a zone such as Asia/Shanghai or +08:00");
      }
    }
    return o;
  }

  /** The format ids, comma-separated, in declaration order. */
  public static String knownFormats() {
    return Arrays.stream(ChatFormat.values()).map(ChatFormat::id).collect(Collectors.joining(", "));
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }
}
