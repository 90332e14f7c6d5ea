package dev.signaldesk.indexer.factcheck;

import java.util.List;

/**
 * What the index says about a claim.
 *
 * @param claim the claim as asked
 * @param numbers the numbers read from the claim, normalised
 * @param passages the best sentence of each matching report, grouped by story (stories by their
 *     best score, reports within a story by publication date, undated last)
 * @param earliest the earliest-published supporting passage: where the claim first appeared; null
 *     when no passage supports the claim
 */
public record FactCheckResult(
    String claim,
    List<ClaimNumber> numbers,
    List<FactCheckPassage> passages,
    FactCheckPassage earliest) {

  public FactCheckResult {
    numbers = List.copyOf(numbers);
    passages = List.copyOf(passages);
  }
}
