package dev.signaldesk.indexer.signal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds lexicon terms in a text, longest first and without overlaps; Latin terms only as whole
 * words. For each hit it looks back a short window (4 Han characters or 3 Latin words, not across a
 * comma or sentence end) for a negation word and an intensifier.
 */
public final class TermMatcher {
  private static final int HAN_WINDOW = 4;
  private static final int WORD_WINDOW = 3;

  private final TermTrie<String> terms;
  private final List<String> negations;
  private final Map<String, Double> intensifiers;

  public TermMatcher(
      Collection<String> terms, Collection<String> negations, Map<String, Double> intensifiers) {
    this.terms =
        new TermTrie<>(sortedLongestFirst(terms).stream().map(t -> Map.entry(t, t)).toList());
    this.negations = sortedLongestFirst(negations);
    this.intensifiers = Map.copyOf(intensifiers);
  }

  /** A matcher that only finds terms (no negation, no intensifiers). */
  public static TermMatcher plain(Collection<String> terms) {
    return new TermMatcher(terms, List.of(), Map.of());
  }

  public List<TermHit> find(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<TermHit> out = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      String hit = terms.longestAt(lower, i, TermMatcher::wholeWord);
      if (hit == null) {
        i++;
        continue;
      }
      String window = window(lower, i);
      out.add(
          new TermHit(hit, i, i + hit.length(), containsAny(window, negations), intensity(window)));
      i += hit.length();
    }
    return out;
  }

  /** The text just before {@code at}: a few Han characters or Latin words, within the clause. */
  private static String window(String s, int at) {
    int from = at;
    int han = 0;
    int words = 0;
    boolean inWord = false;
    while (from > 0) {
      char c = s.charAt(from - 1);
      if ("，,。；;！!？?\n".indexOf(c) >= 0) {
        break;
      }
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        if (++han > HAN_WINDOW) {
          break;
        }
      } else if (Character.isLetterOrDigit(c) || c == '\'') {
        if (!inWord && ++words > WORD_WINDOW) {
          break;
        }
        inWord = true;
      } else {
        inWord = false;
      }
      from--;
    }
    return s.substring(from, at);
  }

  private static boolean containsAny(String window, List<String> words) {
    for (String w : words) {
      int k = window.indexOf(w);
      while (k >= 0) {
        if (w.startsWith("n'") || wholeWord(window, k, k + w.length(), w)) {
          return true;
        }
        k = window.indexOf(w, k + 1);
      }
    }
    return false;
  }

  private double intensity(String window) {
    double f = 1;
    for (var e : intensifiers.entrySet()) {
      String w = e.getKey().toLowerCase(Locale.ROOT);
      int k = window.indexOf(w);
      if (k >= 0 && wholeWord(window, k, k + w.length(), w)) {
        f = Math.max(f, e.getValue());
      }
    }
    return f;
  }

  /** Latin terms must not sit inside a longer word ("no" in "note", "dump" in "dumpling"). */
  private static boolean wholeWord(String s, int start, int end, String term) {
    if (!isLatin(term.charAt(0))) {
      return true;
    }
    boolean left =
        start == 0 || !Character.isLetter(s.charAt(start - 1)) || !isLatin(s.charAt(start - 1));
    boolean right =
        end >= s.length() || !Character.isLetter(s.charAt(end)) || !isLatin(s.charAt(end));
    return left && right;
  }

  private static boolean isLatin(char c) {
    return c < 0x250 && (Character.isLetter(c) || c == '\'');
  }

  private static List<String> sortedLongestFirst(Collection<String> words) {
    return words.stream()
        .map(w -> w.toLowerCase(Locale.ROOT))
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }
}
