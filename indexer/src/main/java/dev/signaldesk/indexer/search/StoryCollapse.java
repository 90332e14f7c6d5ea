package dev.signaldesk.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * One hit per story: a report is shown only when it is its story's <em>head</em>, the best-ranked
 * member of the story under the request's query and sort. Because the head is judged over the whole
 * result (one small top-1 query per story on the page, with the story as a filter, which leaves
 * scores unchanged), a story never shows up twice, not even on different pages, and the cursor of
 * the plain search still works: the next page starts after the last head shown.
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

  Page page(IndexSearcher searcher, Query query, Sort sort, FieldDoc after, int limit)
      throws IOException {
    int window = Math.max(2 * (limit + 1), 20);
    StoredFields stored = searcher.storedFields();
    Set<String> judged = new HashSet<>(); // a story's head sorts first, so it is met first
    List<ScoreDoc> heads = new ArrayList<>();
    Map<Integer, Head> byDoc = new HashMap<>();
    FieldDoc from = after;
    while (heads.size() <= limit) {
      // The manager, not searchAfter: a decoded cursor's doc is MAX_VALUE, which searchAfter
      // rejects.
      TopFieldDocs top =
          searcher.search(query, new TopFieldCollectorManager(sort, window, from, 1000));
      for (ScoreDoc sd : top.scoreDocs) {
        String story = stored.document(sd.doc, Set.of(storyField)).get(storyField);
        if (story == null) {
          heads.add(sd);
          byDoc.put(sd.doc, new Head(null, 0));
        } else if (judged.add(story)) {
          Query inStory =
              new BooleanQuery.Builder()
                  .add(query, Occur.MUST)
                  .add(new TermQuery(new Term(storyField, story)), Occur.FILTER)
                  .build();
          ScoreDoc[] best = searcher.search(inStory, 1, sort, false).scoreDocs;
          // Not the head: the head sorts before the cursor, on an earlier page.
          if (best.length > 0 && best[0].doc == sd.doc) {
            heads.add(sd);
            byDoc.put(sd.doc, new Head(story, searcher.count(inStory) - 1L));
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
}
