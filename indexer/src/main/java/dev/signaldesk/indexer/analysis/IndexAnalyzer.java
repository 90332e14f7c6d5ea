package dev.signaldesk.indexer.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * The analyzer for indexed text: Chinese and English in the same field.
 *
 * <p>{@link MixedScriptTokenizer} segments Han runs into words and keeps letter+digit tokens such
 * as {@code H100} whole; then everything is lower-cased, English possessives lose their {@code 's},
 * and plain English words are Porter-stemmed (tokens with digits or Han characters are not).
 */
public final class IndexAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    MixedScriptTokenizer source = new MixedScriptTokenizer();
    return new TokenStreamComponents(source, normaliseAndStem(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** The filter chain shared with {@link QueryAnalyzer}, so that both produce the same terms. */
  static TokenStream normaliseAndStem(TokenStream tokens) {
    TokenStream result = new LowerCaseFilter(tokens);
    result = new EnglishPossessiveFilter(result);
    return new PorterStemFilter(result);
  }
}
