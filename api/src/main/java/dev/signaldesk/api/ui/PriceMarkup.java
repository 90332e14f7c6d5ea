package dev.signaldesk.api.ui;

import dev.signaldesk.indexer.signal.price.PriceKind;
import dev.signaldesk.indexer.signal.price.PriceMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A document's text cut into plain runs and price mentions, so the template can escape every run
 * and wrap each mention in a focusable {@code <mark>} with its normalisation, without any HTML
 * assembled in Java. Mentions that overlap an earlier one or fall outside the text are left
 * unmarked rather than cutting the text wrongly.
 */
public final class PriceMarkup {
  private PriceMarkup() {}

  /**
   * One run of the text; {@code mention} is null for plain text.
   *
   * @param index 1-based number of the mention, for element ids; 0 for plain text
   */
  public record Segment(String text, MentionNote mention, int index) {}

  /** What hovering or focusing a marked price shows. */
  public record MentionNote(
      String model, String kind, String normalised, String rule, boolean excluded, String reason) {}

  public static List<Segment> segments(String text, List<PriceMention> mentions) {
    List<Segment> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    List<PriceMention> sorted =
        mentions.stream().sorted(Comparator.comparingInt(PriceMention::start)).toList();
    int at = 0;
    int n = 0;
    for (PriceMention m : sorted) {
      if (m.start() < at || m.end() > text.length() || m.end() <= m.start()) {
        continue;
      }
      if (m.start() > at) {
        out.add(new Segment(text.substring(at, m.start()), null, 0));
      }
      out.add(new Segment(text.substring(m.start(), m.end()), note(m), ++n));
      at = m.end();
    }
    if (at < text.length()) {
      out.add(new Segment(text.substring(at), null, 0));
    }
    return out;
  }

  static MentionNote note(PriceMention m) {
    boolean rent = m.kind() == PriceKind.RENT;
    Double value = rent ? m.perGpuHour() : m.perGpu();
    String normalised =
        value == null
            ? ""
            : String.format(
                Locale.ROOT,
                "%.2f %s %s ≈ %.2f CNY / %.2f USD",
                value,
                m.currency(),
                rent ? "per GPU-hour" : "per GPU",
                m.cny(),
                m.usd());
    return new MentionNote(
        m.model(),
        m.kind().name().toLowerCase(Locale.ROOT),
        normalised,
        m.rule(),
        m.excluded(),
        m.excludedReason());
  }
}
