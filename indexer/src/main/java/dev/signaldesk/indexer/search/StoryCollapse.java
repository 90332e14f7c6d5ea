package dev.signaldesk.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * One hit per story: a report is shown only when it is its story's <em>head</em>, the best-ranked
 * member of the story under the request's query and sort. Because the head is judged over the whole
 * result (the story's few reports, driven by the story's postings, are matched against the query's
 * weight, built once per page, and the best under the request's sort wins), a story never shows up
 * twice, not even on different pages, and the cursor of the plain search still works: the next page
 * starts after the last head shown.
 *
 * <p>Windows of hits are read from the cursor on until the page plus one (to know whether there is
 * a next page) is filled with heads; non-heads are skipped. Reports without a story are their own
 * story.
 */
final class StoryCollapse {

  /** A page of heads. */
  record Page(List<ScoreDoc> heads, Map<Integer, Head> byDoc, boolean more) {}

  /**
   * @param story the story id; null for a report without one
   * @param others how many other matching reports the story has
   */
  record Head(String story, long others) {}

  private final String storyField;

  StoryCollapse(String storyField) {
    this.storyField = storyField;
  }

  /** How many hits one window reads: the page plus one, twice over, at least 20. */
  static int window(int limit) {
    return Math.max(2 * (limit + 1), 20);
  }

  /**
   * @param firstWindow the first {@link #window(int)} hits after {@code after} under {@code sort},
   *     when the caller's own search already collected them (saves running the query again); null
   *     to search for them
   */
  Page page(
      IndexSearcher searcher,
      Query query,
      Sort sort,
      FieldDoc after,
      int limit,
      TopFieldDocs firstWindow)
      throws IOException {
    int window = window(limit);
    StoredFields stored = searcher.storedFields();
    Set<String> judged = new HashSet<>(); // a story's head sorts first, so it is met first
    List<ScoreDoc> heads = new ArrayList<>();
    Map<Integer, Head> byDoc = new HashMap<>();
    FieldDoc from = after;
    Weight weight = null; // built on the first story met, then shared by all of them
    while (heads.size() <= limit) {
      // The manager, not searchAfter: a decoded cursor's doc is MAX_VALUE, which searchAfter
      // rejects.
      TopFieldDocs top =
          from == after && firstWindow != null
              ? firstWindow
              : searcher.search(query, new TopFieldCollectorManager(sort, window, from, 1000));
      for (ScoreDoc sd : top.scoreDocs) {
        String story = stored.document(sd.doc, Set.of(storyField)).get(storyField);
        if (story == null) {
          heads.add(sd);
          byDoc.put(sd.doc, new Head(null, 0));
        } else if (judged.add(story)) {
          if (weight == null) {
            ScoreMode mode = sort.needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
            weight = searcher.createWeight(searcher.rewrite(query), mode, 1f);
          }
          Members members = members(searcher, weight, story, sort);
          // Not the head: the head sorts before the cursor, on an earlier page.
          if (members.head() == sd.doc) {
            heads.add(sd);
            byDoc.put(sd.doc, new Head(story, members.count() - 1L));
          }
        }
        if (heads.size() > limit) {
          break;
        }
      }
      if (top.scoreDocs.length < window) {
        break;
      }
      from = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
    }
    boolean more = heads.size() > limit;
    return new Page(more ? heads.subList(0, limit) : heads, byDoc, more);
  }

  /** The story's best-sorted matching report (a global doc id; -1 if none) and how many match. */
  private record Members(int head, long count) {}

  /**
   * Judges one story with the query's weight built once per page: the story's postings (a few
   * reports) drive the query's scorer, and a top-1 collector with the request's sort picks the
   * head, so scores and order are exactly those of the page search. Rebuilding the query per story
   * (two searches each) cost a term-dictionary lookup per term and segment, 40 times per page.
   */
  private Members members(IndexSearcher searcher, Weight weight, String story, Sort sort)
      throws IOException {
    TopFieldCollector best =
        new TopFieldCollectorManager(sort, 1, null, Integer.MAX_VALUE).newCollector();
    Term term = new Term(storyField, story);
    long count = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
      if (postings == null) {
        continue;
      }
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier == null) {
        continue;
      }
      Scorer scorer = supplier.get(postings.cost());
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator approximation =
          twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      Bits live = leaf.reader().getLiveDocs();
      LeafCollector collector = best.getLeafCollector(leaf);
      collector.setScorer(scorer);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        int at = approximation.docID() < doc ? approximation.advance(doc) : approximation.docID();
        if (at == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        if (at == doc && (twoPhase == null || twoPhase.matches())) {
          collector.collect(doc);
          count++;
        }
      }
      collector.finish();
    }
    ScoreDoc[] top = best.topDocs().scoreDocs;
    return new Members(top.length == 0 ? -1 : top[0].doc, count);
  }
}
