package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.schema.ReportFields;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of the report body for one page of hits. Offsets come from the postings (the {@code
 * text} field indexes them), so nothing is re-analysed; query terms on {@code all} and {@code
 * title} count as matches in the body too. Text is HTML-escaped, matches wrapped in {@code <mark>};
 * a body without matches yields its first passage.
 *
 * <p>Cost is per shown hit, so it is kept small: one {@link UnifiedHighlighter} per index reader
 * (it is thread-safe and bound to a searcher), only the first {@value #MAX_LENGTH} characters of a
 * body are looked at, and sentences are cut at punctuation ({@link PunctuationBreakIterator})
 * rather than by the JDK's rule-based sentence iterator.
 */
final class SnippetHighlighter {

  /** Aimed-for snippet length in characters. */
  static final int SNIPPET_CHARS = 160;

  /**
   * Characters of a body the snippet is taken from: a match further in still makes the report a
   * hit, but its snippet is then the opening passage. Above the usual article length (up to about
   * 3,000 characters), because a sentence cut at the cap would make a truncated snippet; what it
   * bounds is the cost of a very long body (a whole chat export, a report).
   */
  static final int MAX_LENGTH = 4_000;

  private static final Set<String> MATCHING_FIELDS =
      Set.of(ReportFields.TEXT, ReportFields.ALL, ReportFields.TITLE);

  private final Analyzer indexAnalyzer;
  private final ReaderBoundCache<Boolean, UnifiedHighlighter> perReader = new ReaderBoundCache<>(1);

  SnippetHighlighter(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /** One snippet per doc id, in the order given; "" for an empty body. */
  String[] snippets(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    if (docIds.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        perReader.get(searcher.getIndexReader(), Boolean.TRUE, () -> build(searcher));
    int[] maxPassages = new int[] {1};
    String[] snippets =
        highlighter
            .highlightFields(new String[] {ReportFields.TEXT}, query, docIds, maxPassages)
            .get(ReportFields.TEXT);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) {
        snippets[i] = "";
      }
    }
    return snippets;
  }

  private UnifiedHighlighter build(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withFieldMatcher(MATCHING_FIELDS::contains)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    new PunctuationBreakIterator(), SNIPPET_CHARS, 0.3f))
        .withMaxLength(MAX_LENGTH)
        .withMaxNoHighlightPassages(1)
        .build();
  }
}
