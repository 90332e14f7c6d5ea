package dev.signaldesk.indexer.search;

import java.time.Instant;

/**
 * One report in a result page.
 *
 * @param snippet HTML-safe text: escaped, with {@code <mark>…</mark>} around matched words; the
 *     start of the text when no word of the query matched the body
 * @param storyId the report's story when the search collapsed stories; null otherwise
 * @param moreInStory how many other matching reports the story has (0 without collapse)
 */
public record SearchHit(
    String id,
    String title,
    String source,
    String kind,
    String url,
    Instant publishedAt,
    String snippet,
    String storyId,
    long moreInStory) {

  /** A hit of a search without story collapse. */
  public SearchHit(
      String id,
      String title,
      String source,
      String kind,
      String url,
      Instant publishedAt,
      String snippet) {
    this(id, title, source, kind, url, publishedAt, snippet, null, 0);
  }

  /** This hit as the head of a story with {@code others} more matching reports. */
  SearchHit inStory(String story, long others) {
    return new SearchHit(id, title, source, kind, url, publishedAt, snippet, story, others);
  }
}
