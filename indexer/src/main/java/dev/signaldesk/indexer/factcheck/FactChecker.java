package dev.signaldesk.indexer.factcheck;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.signal.index.SignalFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds where a claim was made: candidate reports from the index (any of the claim's words or their
 * synonyms, best BM25 first), then every sentence of each candidate scored by how many of the
 * claim's words it has and whether it repeats the claim's numbers by value ({@code 7.5万} finds
 * {@code 75,000}, {@code 八成} finds {@code 80%}). Each report contributes its best sentence; the
 * earliest-published supporting sentence is where the claim first appeared. Thread-safe.
 */
public final class FactChecker {

  /** Longest claim accepted, in characters. */
  public static final int MAX_CLAIM_CHARS = 500;

  /** A supporting sentence has at least this share of the claim's words. */
  static final double SUPPORT_COVERAGE = 0.5;

  /** Sentences scoring below this are not shown at all. */
  static final double MIN_SCORE = 0.25;

  private static final Set<String> FIELDS =
      Set.of(
          ReportFields.ID,
          ReportFields.SOURCE,
          ReportFields.TITLE,
          ReportFields.TEXT,
          ReportFields.URL,
          ReportFields.PUBLISHED_AT,
          SignalFields.STORY);

  private final ReportIndex index;
  private final int candidates;
  private final int maxPassages;

  /**
   * @param candidates reports read per claim (the best by BM25); 200 keeps a claim under a few
   *     milliseconds of sentence scoring per thousand matches
   * @param maxPassages passages returned at most
   */
  public FactChecker(ReportIndex index, int candidates, int maxPassages) {
    if (candidates < 1 || maxPassages < 1) {
      throw new IllegalArgumentException(
          "The 'candidates' and 'maxPassages' parameters must be positive");
    }
    this.index = index;
    this.candidates = candidates;
    this.maxPassages = maxPassages;
  }

  public FactChecker(ReportIndex index) {
    this(index, 200, 20);
  }

  /**
   * @throws IllegalArgumentException if the claim is blank, too long or has no searchable word
   */
  public FactCheckResult check(String claim) {
    if (claim == null || claim.isBlank()) {
      throw new IllegalArgumentException("The 'claim' parameter must not be empty");
    }
    if (claim.length() > MAX_CLAIM_CHARS) {
      throw new IllegalArgumentException(
          "The 'claim' parameter must be at most " + MAX_CLAIM_CHARS + " characters");
    }
    ClaimTerms terms = ClaimTerms.of(claim, index.queryAnalyzer(), ReportFields.ALL);
    if (terms.groups().isEmpty()) {
      throw new IllegalArgumentException(
          "The 'claim' parameter has no word to search for (only numbers or function words)");
    }
    List<ClaimNumber> numbers = NumberReader.read(claim);
    List<FactCheckPassage> best =
        index.withSearcher(searcher -> bestPassages(searcher, terms, numbers));
    List<FactCheckPassage> passages = groupByStory(best);
    FactCheckPassage earliest =
        passages.stream()
            .filter(FactCheckPassage::supporting)
            .filter(p -> p.publishedAt() != null)
            .min(Comparator.comparing(FactCheckPassage::publishedAt))
            .orElse(null);
    return new FactCheckResult(claim, numbers, passages, earliest);
  }

  private List<FactCheckPassage> bestPassages(
      IndexSearcher searcher, ClaimTerms terms, List<ClaimNumber> numbers) throws IOException {
    ScoreDoc[] docs = searcher.search(candidateQuery(terms), candidates).scoreDocs;
    List<FactCheckPassage> out = new ArrayList<>();
    var stored = searcher.storedFields();
    for (ScoreDoc d : docs) {
      FactCheckPassage p = bestSentence(stored.document(d.doc, FIELDS), terms, numbers);
      if (p != null && p.score() >= MIN_SCORE) {
        out.add(p);
      }
    }
    out.sort(
        Comparator.comparingDouble(FactCheckPassage::score)
            .reversed()
            .thenComparing(FactCheckPassage::docId));
    return out.size() > maxPassages ? out.subList(0, maxPassages) : out;
  }

  private static Query candidateQuery(ClaimTerms terms) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String t : terms.allTerms()) {
      any.add(new TermQuery(new Term(ReportFields.ALL, t)), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(any.build(), Occur.MUST)
        .add(ReportIndex.reportsOnly(), Occur.FILTER)
        .build();
  }

  private FactCheckPassage bestSentence(Document doc, ClaimTerms terms, List<ClaimNumber> numbers) {
    List<String> sentences = new ArrayList<>();
    if (doc.get(ReportFields.TITLE) != null) {
      sentences.add(doc.get(ReportFields.TITLE));
    }
    sentences.addAll(Sentences.split(doc.get(ReportFields.TEXT)));
    long keyNumbers = numbers.stream().filter(ClaimNumber::isKey).count();
    FactCheckPassage best = null;
    for (String sentence : sentences) {
      double coverage = terms.coverage(sentence, sentenceTerms(sentence));
      if (coverage == 0) {
        continue;
      }
      List<ClaimNumber> found = NumberReader.read(sentence);
      List<ClaimNumber> matched =
          numbers.stream().filter(n -> found.stream().anyMatch(n::matches)).toList();
      long keyMatched = matched.stream().filter(ClaimNumber::isKey).count();
      double score =
          keyNumbers == 0 ? coverage : 0.5 * coverage + 0.5 * keyMatched / (double) keyNumbers;
      boolean supporting = coverage >= SUPPORT_COVERAGE && keyMatched == keyNumbers;
      if (best == null || score > best.score()) {
        best =
            passage(
                doc,
                sentence,
                Math.round(score * 1000) / 1000.0,
                matched.stream().map(ClaimNumber::text).distinct().toList(),
                supporting);
      }
    }
    return best;
  }

  private Set<String> sentenceTerms(String sentence) {
    Analyzer analyzer = index.indexAnalyzer();
    Set<String> out = new HashSet<>();
    try (TokenStream ts = analyzer.tokenStream(ReportFields.TEXT, sentence)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing a sentence failed", e);
    }
    return out;
  }

  private static FactCheckPassage passage(
      Document doc, String sentence, double score, List<String> numbers, boolean supporting) {
    IndexableField published = doc.getField(ReportFields.PUBLISHED_AT);
    return new FactCheckPassage(
        doc.get(ReportFields.ID),
        doc.get(ReportFields.SOURCE),
        doc.get(ReportFields.TITLE),
        doc.get(ReportFields.URL),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
        sentence,
        score,
        numbers,
        doc.get(SignalFields.STORY),
        supporting);
  }

  /** Stories ordered by their best passage; a story's passages oldest first, undated last. */
  private static List<FactCheckPassage> groupByStory(List<FactCheckPassage> byScore) {
    Map<String, List<FactCheckPassage>> stories = new LinkedHashMap<>();
    for (FactCheckPassage p : byScore) {
      String key = p.storyId() == null ? "doc:" + p.docId() : p.storyId();
      stories.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    Comparator<FactCheckPassage> oldestFirst =
        Comparator.comparing(
            FactCheckPassage::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()));
    List<FactCheckPassage> out = new ArrayList<>();
    for (List<FactCheckPassage> story : stories.values()) {
      story.sort(oldestFirst);
      out.addAll(story);
    }
    return out;
  }
}
