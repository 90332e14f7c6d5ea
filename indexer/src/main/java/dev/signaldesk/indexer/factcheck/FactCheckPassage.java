package dev.signaldesk.indexer.factcheck;

import java.time.Instant;
import java.util.List;

/**
 * The sentence of one report that best matches a claim.
 *
 * @param docId the report id
 * @param source the report's source id
 * @param title the report title (for chat messages: the group)
 * @param url the article URL; null for chat messages
 * @param publishedAt when the report was published; null when unknown
 * @param sentence the matching sentence, as written
 * @param score 0 to 1: the share of the claim's words the sentence has (with synonyms), blended
 *     half and half with the share of the claim's key numbers it repeats when the claim has any
 * @param numbersMatched the claim's numbers (as written in the claim) that the sentence repeats
 * @param storyId the report's story id (reposts share it); null when the index has no story field
 * @param supporting whether the sentence repeats the claim: most of its words and every key number
 */
public record FactCheckPassage(
    String docId,
    String source,
    String title,
    String url,
    Instant publishedAt,
    String sentence,
    double score,
    List<String> numbersMatched,
    String storyId,
    boolean supporting) {

  public FactCheckPassage {
    numbersMatched = List.copyOf(numbersMatched);
  }
}
