package dev.signaldesk.bench.scenario;

import dev.signaldesk.bench.measure.Metric;
import dev.signaldesk.bench.measure.ScenarioResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Every scenario, in the order a run goes through them, and how to choose among them. */
public final class Scenarios {

  private Scenarios() {}

  public static List<Scenario> all() {
    return List.of(
        new IngestScenario(),
        new IndexSizeScenario(),
        new SearchScenario(),
        new HttpSearchScenario(),
        // Right after search-http, so that a quick run's serve-heap reuses its server.
        new ServeHeapScenario(),
        new SignalSeriesScenario(),
        new AlertScenario(),
        new ExtractionScenario(),
        new ChatImportScenario());
  }

  /** The named scenarios in run order; all of them for null or empty. */
  public static List<Scenario> select(List<String> names) {
    if (names == null || names.isEmpty()) {
      return all();
    }
    List<Scenario> out = new ArrayList<>();
    for (Scenario s : all()) {
      if (names.contains(s.name())) {
        out.add(s);
      }
    }
    List<String> unknown = new ArrayList<>(names);
    unknown.removeAll(all().stream().map(Scenario::name).toList());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown scenario(s) " + unknown + "; known: " + new Names());
    }
    return out;
  }

  /**
   * Corpus sizes a scenario runs at. Alerts, extraction and chat import do not depend on the index
   * size and run once; serving heap runs at the largest size only.
   */
  static List<Long> sizesFor(Scenario s, Profile profile) {
    List<Long> sizes = profile.sizes();
    return switch (s.name()) {
      case "alerts", "extraction", "chat-import" -> List.of(sizes.get(0));
      case "serve-heap" -> List.of(sizes.get(sizes.size() - 1));
      default -> sizes;
    };
  }

  public static List<Long> sizes(Scenario s, Profile profile) {
    return sizesFor(s, profile);
  }

  /**
   * Whether {@code rows} (kept from earlier today) already hold this scenario at this size, so
   * {@code --resume} can skip it: an OK row of the scenario at that size (any size for those that
   * run once), and for ingest also a finished index on disk.
   */
  public static boolean measured(
      Scenario s, long size, List<ScenarioResult> rows, BenchContext ctx) {
    boolean sizeFree = List.of("alerts", "extraction", "chat-import").contains(s.name());
    boolean found =
        rows.stream()
            .anyMatch(
                r ->
                    r.scenario().equals(s.name())
                        && r.status() == ScenarioResult.Status.OK
                        && (sizeFree || r.documents() == size));
    return found && (!s.name().equals("ingest") || ctx.indexes().ready(ctx.corpus(size)));
  }

  public static String names(List<Scenario> scenarios) {
    return scenarios.stream().map(Scenario::name).collect(Collectors.joining(","));
  }

  /** One line for the terminal. */
  public static String summary(ScenarioResult r) {
    String head = r.scenario() + (r.variant().isEmpty() ? "" : " [" + r.variant() + "]");
    if (r.status() != ScenarioResult.Status.OK) {
      return head + ": " + r.status().name().toLowerCase(Locale.ROOT) + ": " + r.note();
    }
    return head
        + ": "
        + r.metrics().stream().limit(5).map(Scenarios::brief).collect(Collectors.joining(", "));
  }

  private static String brief(Metric m) {
    String s = String.format(Locale.ROOT, "%s=%.2f %s", m.name(), m.value(), m.unit());
    return m.ratio() == null ? s : s + String.format(Locale.ROOT, " (%.2f× baseline)", m.ratio());
  }

  /** Scenario names for the command line's help. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return all().stream().map(Scenario::name).iterator();
    }

    @Override
    public String toString() {
      return String.join(", ", this);
    }
  }
}
