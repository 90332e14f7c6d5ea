package dev.signaldesk.api.factcheck;

import dev.signaldesk.indexer.factcheck.ClaimNumber;
import dev.signaldesk.indexer.factcheck.FactCheckPassage;
import dev.signaldesk.indexer.factcheck.FactCheckResult;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Predicate;

/**
 * The answer of {@code GET /api/fact-check}.
 *
 * @param claim the claim as asked
 * @param numbers the claim's numbers, normalised ({@code 7.5万} → 75000, {@code 八成} → 80 percent)
 * @param passages the best sentence per matching report, grouped by story (a repost follows its
 *     origin), stories by best score
 * @param earliest the earliest-published passage that repeats the claim (most of its words and
 *     every key number): where the claim first appeared; null when none does
 */
@Serdeable
public record FactCheckView(
    String claim, List<NumberView> numbers, List<PassageView> passages, PassageView earliest) {

  /**
   * @param value the value with multipliers applied (a percentage as written: 80 for 80%)
   * @param percent whether it is a percentage
   * @param text as written in the claim
   */
  @Serdeable
  public record NumberView(double value, boolean percent, String text) {}

  /**
   * @param publishedAt ISO-8601 instant (UTC), or null when unknown
   * @param score 0 to 1: claim words found (synonyms count), blended with key numbers repeated
   * @param numbersMatched the claim's numbers (as written in the claim) that the sentence repeats
   * @param storyId reposts share it; null when the index has no story ids
   * @param supporting whether the sentence repeats the claim
   */
  @Serdeable
  public record PassageView(
      String docId,
      String source,
      String title,
      String url,
      String publishedAt,
      String sentence,
      double score,
      List<String> numbersMatched,
      String storyId,
      boolean supporting) {

    static PassageView of(FactCheckPassage p) {
      return new PassageView(
          p.docId(),
          p.source(),
          p.title(),
          p.url(),
          p.publishedAt() == null ? null : p.publishedAt().toString(),
          p.sentence(),
          p.score(),
          p.numbersMatched(),
          p.storyId(),
          p.supporting());
    }
  }

  /** The view of {@code r}, keeping only passages {@code visible} to the caller. */
  static FactCheckView of(FactCheckResult r, Predicate<FactCheckPassage> visible) {
    List<PassageView> passages =
        r.passages().stream().filter(visible).map(PassageView::of).toList();
    // The origin is recomputed from the visible passages: a hidden chat message must not leak
    // through the "earliest" field.
    PassageView earliest =
        r.passages().stream()
            .filter(visible)
            .filter(FactCheckPassage::supporting)
            .filter(p -> p.publishedAt() != null)
            .min(java.util.Comparator.comparing(FactCheckPassage::publishedAt))
            .map(PassageView::of)
            .orElse(null);
    return new FactCheckView(
        r.claim(), r.numbers().stream().map(FactCheckView::number).toList(), passages, earliest);
  }

  private static NumberView number(ClaimNumber n) {
    return new NumberView(n.value(), n.percent(), n.text());
  }
}
