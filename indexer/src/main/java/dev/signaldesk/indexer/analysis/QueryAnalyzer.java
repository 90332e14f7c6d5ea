package dev.signaldesk.indexer.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The analyzer for query text: {@link IndexAnalyzer}'s chain plus synonyms.
 *
 * <p>Synonyms apply at query time only (a changed synonym list needs no re-indexing), through a
 * {@link SynonymGraphFilter} so that multi-word entries ({@code compute power}) form a proper token
 * graph. Each entry is first run through the index chain, so the synonym filter sits at the end and
 * emits terms exactly as they are indexed ({@code Nvidia} → {@code nvidia}, {@code 数据中心} → its
 * segmented words).
 */
public final class QueryAnalyzer extends Analyzer {

  private final IndexAnalyzer indexAnalyzer = new IndexAnalyzer();
  private final SynonymMap synonyms;

  /**
   * @param synonymGroups groups of terms that mean the same thing; each term finds all others
   */
  public QueryAnalyzer(List<List<String>> synonymGroups) {
    this.synonyms = buildSynonyms(synonymGroups);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    MixedScriptTokenizer source = new MixedScriptTokenizer();
    TokenStream result = IndexAnalyzer.normaliseAndStem(source);
    if (synonyms.fst != null) {
      result = new SynonymGraphFilter(result, synonyms, true);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  @Override
  public void close() {
    indexAnalyzer.close();
    super.close();
  }

  private SynonymMap buildSynonyms(List<List<String>> groups) {
    try {
      SynonymMap.Builder builder = new SynonymMap.Builder(true);
      for (List<String> group : groups) {
        List<CharsRef> analysed = new ArrayList<>();
        for (String entry : group) {
          CharsRef terms = analyse(entry);
          if (terms.length > 0 && !analysed.contains(terms)) {
            analysed.add(terms);
          }
        }
        for (CharsRef from : analysed) {
          for (CharsRef to : analysed) {
            if (!from.equals(to)) {
              builder.add(from, to, true);
            }
          }
        }
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the synonym map", e);
    }
  }

  /** The entry's index terms joined with {@link SynonymMap#WORD_SEPARATOR}. */
  private CharsRef analyse(String entry) throws IOException {
    CharsRefBuilder joined = new CharsRefBuilder();
    try (TokenStream ts = indexAnalyzer.tokenStream("synonym", entry)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (joined.length() > 0) {
          joined.append(SynonymMap.WORD_SEPARATOR);
        }
        joined.append(term.buffer(), 0, term.length());
      }
      ts.end();
    }
    return joined.toCharsRef();
  }
}
