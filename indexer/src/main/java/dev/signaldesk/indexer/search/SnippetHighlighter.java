package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.schema.ReportFields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
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
 */
final class SnippetHighlighter {

  /** Aimed-for snippet length in characters. */
  static final int SNIPPET_CHARS = 160;

  private static final Set<String> MATCHING_FIELDS =
      Set.of(ReportFields.TEXT, ReportFields.ALL, ReportFields.TITLE);

  private final Analyzer indexAnalyzer;

  SnippetHighlighter(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /** One snippet per doc id, in the order given; "" for an empty body. */
  String[] snippets(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    if (docIds.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withFieldMatcher(MATCHING_FIELDS::contains)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.3f))
            .withMaxNoHighlightPassages(1)
            .build();
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
}
