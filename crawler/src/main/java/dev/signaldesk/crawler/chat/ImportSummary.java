package dev.signaldesk.crawler.chat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one import did. Serialises as JSON by its record fields; {@link #format()} is the terminal
 * text (which is why the format id is {@code formatId}: a record component {@code format} would
 * clash with it). The caller decides the exit code: {@link #failed()} is true when anything was
 * rejected.
 *
 * @param file the import file name (no directories)
 * @param formatId the format id read ({@code wechat-memotrace-csv} …), {@code zip} for a refused
 *     zip, or {@code unknown}
 * @param messagesRead messages read from the file, of every type
 * @param imported new reports handed to the sink
 * @param duplicates reports the sink already held (an overlapping or repeated import)
 * @param skippedByType messages that carry no text (image, voice, system …) by type label
 * @param rejected lines or messages that could not be read, or the whole file (1) when it was
 *     refused
 * @param problems the first problems found (capped at {@value #MAX_PROBLEMS}), each with its line
 * @param groups the group names the reports were filed under
 */
public record ImportSummary(
    String file,
    String formatId,
    long messagesRead,
    long imported,
    long duplicates,
    Map<String, Long> skippedByType,
    long rejected,
    List<ImportProblem> problems,
    List<String> groups) {

  /** At most this many problems are listed; {@link #rejected()} counts them all. */
  public static final int MAX_PROBLEMS = 100;

  public ImportSummary {
    skippedByType = Map.copyOf(skippedByType);
    problems = List.copyOf(problems);
    groups = List.copyOf(groups);
  }

  /** A file refused as a whole (unknown format, unsafe zip, unreadable) before any message. */
  static ImportSummary refused(String file, String formatId, String reason) {
    return new ImportSummary(
        file,
        formatId,
        0,
        0,
        0,
        Map.of(),
        1,
        List.of(new ImportProblem(file, 0, reason)),
        List.of());
  }

  /** True when a line, message or the file was rejected: the import is incomplete. */
  public boolean failed() {
    return rejected > 0;
  }

  public long skipped() {
    return skippedByType.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Multi-line text for the terminal. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(file).append(" (").append(formatId).append(")");
    if (!groups.isEmpty()) {
      sb.append(" → ").append(String.join(", ", groups));
    }
    sb.append('\n');
    sb.append(
        String.format(
            "  %d messages read: %d imported, %d duplicates, %d without text, %d rejected%n",
            messagesRead, imported, duplicates, skipped(), rejected));
    if (!skippedByType.isEmpty()) {
      sb.append("  without text: ")
          .append(
              skippedByType.entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
    for (ImportProblem problem : problems) {
      sb.append("  ").append(problem).append('\n');
    }
    if (rejected > problems.size()) {
      sb.append("  … and ").append(rejected - problems.size()).append(" more problems\n");
    }
    return sb.toString();
  }
}
