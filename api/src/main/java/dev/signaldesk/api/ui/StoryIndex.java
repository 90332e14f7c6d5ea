package dev.signaldesk.api.ui;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.signal.index.SignalFields;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The story (near-duplicate cluster) of a report, as the signals contributor stored it, and the
 * story's other reports. Without the signals contributor there are no stories: every lookup is
 * empty, and the pages say nothing about stories.
 */
@Singleton
public final class StoryIndex {
  /** Most other reports a document page lists. */
  static final int MAX_LISTED = 20;

  private final ReportIndex index;

  public StoryIndex(ReportIndex index) {
    this.index = index;
  }

  /** One report of a story, for links. */
  public record StoryReport(String id, String title, String source, String publishedAt) {}

  /** The story id of report {@code id}, if it has one. */
  public Optional<String> storyOf(String id) {
    return index.withSearcher(
        s -> {
          TopDocs top = s.search(new TermQuery(new Term(ReportFields.ID, id)), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.ofNullable(
              s.storedFields().document(top.scoreDocs[0].doc).get(SignalFields.STORY));
        });
  }

  /** How many other reports share the story of report {@code id}. */
  public int othersCount(String id) {
    return storyOf(id).map(story -> index.withSearcher(s -> s.count(others(story, id)))).orElse(0);
  }

  /** The other reports of the story of {@code id}, at most {@value #MAX_LISTED}. */
  public List<StoryReport> others(String id) {
    Optional<String> story = storyOf(id);
    if (story.isEmpty()) {
      return List.of();
    }
    List<String> ids =
        index.withSearcher(
            s -> {
              List<String> out = new ArrayList<>();
              for (ScoreDoc d : s.search(others(story.get(), id), MAX_LISTED).scoreDocs) {
                out.add(s.storedFields().document(d.doc).get(ReportFields.ID));
              }
              return out;
            });
    return ids.stream()
        .map(index::get)
        .flatMap(Optional::stream)
        .map(
            r ->
                new StoryReport(
                    r.id(),
                    r.title(),
                    r.sourceId(),
                    r.publishedAt() == null ? null : r.publishedAt().toString()))
        .sorted(
            java.util.Comparator.comparing(r -> r.publishedAt() == null ? "~" : r.publishedAt()))
        .toList();
  }

  private static BooleanQuery others(String story, String id) {
    return new BooleanQuery.Builder()
        .add(ReportIndex.reportsOnly(), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(SignalFields.STORY, story)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ReportFields.ID, id)), BooleanClause.Occur.MUST_NOT)
        .build();
  }
}
