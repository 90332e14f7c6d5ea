package dev.signaldesk.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Porter stem of a lower-case prefix of plain ASCII letters; other prefixes come back as is. */
final class PrefixStemmer {

  private static final Analyzer STEMMER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(source, new PorterStemFilter(source));
        }
      };

  private PrefixStemmer() {}

  static String stem(String prefix) {
    if (!prefix.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return prefix;
    }
    try (TokenStream ts = STEMMER.tokenStream("prefix", prefix)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String stem = ts.incrementToken() ? term.toString() : prefix;
      ts.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException("Stemming a string cannot fail", e);
    }
  }
}
