package dev.signaldesk.indexer.signal.story;

import dev.signaldesk.model.ReportIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Gives each body a story id; reposts of a body get the id of the body they repost.
 *
 * <p>Candidates are found through four 16-bit SimHash bands indexed as keywords: two hashes at most
 * 3 bits apart share at least one band exactly (pigeonhole), so the band query finds every true
 * near-duplicate; each candidate is then confirmed by its full Hamming distance. Reports indexed
 * since the last searcher refresh are not visible to the searcher, so the most recent ones are also
 * remembered in memory. A new story's id is derived from the first report seen; the story's origin
 * is its earliest-published report, which aggregations read from the index. Bodies too short for a
 * meaningful SimHash (chat lines) are one story only when identical after normalisation.
 */
public final class StoryResolver {
  /** Bodies shorter than this (after normalisation) are matched exactly, not by SimHash. */
  public static final int MIN_SIMHASH_CHARS = 40;

  private static final int RECENT = 50_000;
  private static final int MAX_CANDIDATES = 64;

  private final int maxHamming;
  private final String bandField;
  private final String hashField;
  private final String storyField;
  private final String idField;
  private final Map<String, List<Recent>> recentByBand = new HashMap<>();
  private final Deque<Recent> recentOrder = new ArrayDeque<>();

  private record Recent(String reportId, long hash, String story) {}

  /** The story of one body. */
  public record Story(String id, long simhash, List<String> bands) {}

  /**
   * @param maxHamming largest distance (bits) between two bodies of one story (≤ 3 keeps the band
   *     search exhaustive)
   * @param bandField keyword field holding the bands ("i:hex")
   * @param hashField stored field holding the full SimHash
   * @param storyField stored keyword holding the story id
   * @param idField stored keyword holding the report id
   */
  public StoryResolver(
      int maxHamming, String bandField, String hashField, String storyField, String idField) {
    this.maxHamming = maxHamming;
    this.bandField = bandField;
    this.hashField = hashField;
    this.storyField = storyField;
    this.idField = idField;
  }

  public Story resolve(String reportId, String text, IndexSearcher searcher) {
    String normalised = SimHash.normalise(text);
    if (normalised.length() < MIN_SIMHASH_CHARS) {
      String id = "story-x" + ReportIds.sha256Hex(normalised).substring(0, 16);
      return new Story(id, SimHash.hash64(normalised), List.of());
    }
    long hash = SimHash.ofNormalised(normalised);
    List<String> bands = bands(hash);
    String story = fromRecent(reportId, hash, bands);
    if (story == null) {
      story = fromIndex(reportId, hash, bands, searcher);
    }
    story = remember(reportId, hash, story, bands);
    return new Story(story, hash, bands);
  }

  public static List<String> bands(long hash) {
    List<String> out = new ArrayList<>(4);
    for (int i = 0; i < 4; i++) {
      out.add(i + ":" + HexFormat.of().toHexDigits((short) SimHash.band(hash, i)));
    }
    return out;
  }

  private synchronized String fromRecent(String reportId, long hash, List<String> bands) {
    Recent best = null;
    for (String b : bands) {
      for (Recent r : recentByBand.getOrDefault(b, List.of())) {
        int d = SimHash.distance(hash, r.hash());
        if (!r.reportId().equals(reportId)
            && d <= maxHamming
            && (best == null || d < SimHash.distance(hash, best.hash()))) {
          best = r;
        }
      }
    }
    return best == null ? null : best.story();
  }

  private String fromIndex(String reportId, long hash, List<String> bands, IndexSearcher searcher) {
    if (searcher == null || searcher.getIndexReader().maxDoc() == 0) {
      return null;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String b : bands) {
      q.add(new TermQuery(new Term(bandField, b)), BooleanClause.Occur.SHOULD);
    }
    q.add(new TermQuery(new Term(idField, reportId)), BooleanClause.Occur.MUST_NOT);
    try {
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      var stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(q.build(), MAX_CANDIDATES).scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(hashField, storyField));
        if (d.getField(hashField) == null || d.get(storyField) == null) {
          continue;
        }
        int dist = SimHash.distance(hash, d.getField(hashField).numericValue().longValue());
        if (dist <= maxHamming && dist < bestDistance) {
          best = d.get(storyField);
          bestDistance = dist;
        }
      }
      return best;
    } catch (IOException e) {
      throw new UncheckedIOException("story lookup for " + reportId + " failed", e);
    }
  }

  /**
   * Remembers the report under {@code found}, or under a new story of its own when null. Upserts
   * run on several threads: a near-duplicate remembered by another thread since this one looked is
   * joined here, under the same lock, so that two copies indexed at once still share one story.
   */
  private synchronized String remember(
      String reportId, long hash, String found, List<String> bands) {
    String story = found;
    if (story == null) {
      story = fromRecent(reportId, hash, bands);
    }
    if (story == null) {
      story = "story-" + reportId;
    }
    Recent r = new Recent(reportId, hash, story);
    for (String b : bands) {
      recentByBand.computeIfAbsent(b, k -> new ArrayList<>(2)).add(r);
    }
    recentOrder.addLast(r);
    if (recentOrder.size() > RECENT) {
      Recent old = recentOrder.removeFirst();
      for (String b : bands(old.hash())) {
        List<Recent> l = recentByBand.get(b);
        if (l != null) {
          l.remove(old);
          if (l.isEmpty()) {
            recentByBand.remove(b);
          }
        }
      }
    }
    return story;
  }
}
