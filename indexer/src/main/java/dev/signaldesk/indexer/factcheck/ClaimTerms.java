package dev.signaldesk.indexer.factcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of a claim as the index sees them, in groups of alternatives: each group is one word of
 * the claim with its synonyms ({@code [英伟达, nvidia]}), so a sentence covers the word if it has any
 * of them. Function words and bare numbers are left out: numbers are matched by value (see {@link
 * NumberReader}), and 的 or "the" say nothing about whether a sentence repeats a claim.
 *
 * @param groups alternatives per claim word, in claim order
 */
record ClaimTerms(List<Set<String>> groups) {

  private static final Set<String> STOP =
      Set.of(
          "的", "了", "在", "是", "和", "与", "及", "从", "至", "到", "为", "被", "有", "把", "将", "也", "都", "而",
          "其", "这", "那", "就", "还", "又", "a", "an", "the", "of", "to", "from", "in", "on", "at",
          "by", "for", "and", "or", "is", "are", "was", "were", "be", "been", "that", "thi", "it",
          "as", "up", "with", "per");

  ClaimTerms {
    groups = List.copyOf(groups);
  }

  /** Groups of the claim analysed by {@code queryAnalyzer} (synonyms stack on one position). */
  static ClaimTerms of(String claim, Analyzer queryAnalyzer, String field) {
    List<Set<String>> groups = new ArrayList<>();
    try (TokenStream ts = queryAnalyzer.tokenStream(field, claim)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      Set<String> current = null;
      while (ts.incrementToken()) {
        String t = term.toString();
        if (current == null || inc.getPositionIncrement() > 0) {
          current = new LinkedHashSet<>();
          groups.add(current);
        }
        current.add(t);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing the claim failed", e);
    }
    groups.removeIf(g -> g.stream().allMatch(ClaimTerms::ignorable));
    return new ClaimTerms(dedupe(groups));
  }

  /** Every alternative of every group: what the candidate query asks for. */
  Set<String> allTerms() {
    Set<String> all = new LinkedHashSet<>();
    groups.forEach(all::addAll);
    return all;
  }

  /**
   * Share of the claim's words that the sentence has (any synonym counts); 0 if none. Only words
   * the sentence's script can hold count: an English claim checked against a Chinese sentence is
   * judged on the words with a Chinese synonym or digits ({@code h100}, {@code nvidia} → 英伟达), so
   * that a claim finds its origin across languages; the numbers then have to carry the rest.
   */
  double coverage(String sentence, Set<String> sentenceTerms) {
    boolean han = hasHan(sentence);
    long reachable = 0;
    long hit = 0;
    for (Set<String> g : groups) {
      if (g.stream().anyMatch(t -> han ? hasHan(t) || hasDigit(t) : !hasHan(t))) {
        reachable++;
        if (g.stream().anyMatch(sentenceTerms::contains)) {
          hit++;
        }
      }
    }
    return reachable == 0 ? 0 : (double) hit / reachable;
  }

  private static boolean hasHan(String s) {
    return s.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  static boolean ignorable(String term) {
    return STOP.contains(term) || term.chars().allMatch(c -> Character.isDigit(c) || c == '.');
  }

  /** A word repeated in the claim counts once. */
  private static List<Set<String>> dedupe(List<Set<String>> groups) {
    List<Set<String>> out = new ArrayList<>();
    for (Set<String> g : groups) {
      if (!out.contains(g)) {
        out.add(g);
      }
    }
    return out;
  }
}
