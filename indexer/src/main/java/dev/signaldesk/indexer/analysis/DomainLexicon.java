package dev.signaldesk.indexer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Han words that must come out of segmentation whole ({@code 英伟达}, {@code 昇腾}, {@code 算力}):
 * smartcn's dictionary predates them and splits {@code 英伟达} into three characters. Loaded once from
 * {@code domain-words.txt} next to this class.
 */
final class DomainLexicon {

  private static final DomainLexicon BUILT_IN = load("domain-words.txt");

  private final Set<String> words;
  private final int maxLength;
  // The first characters of the words: most positions of a text start no word, and this answers
  // them without building a substring per candidate length.
  private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);

  private DomainLexicon(Set<String> words) {
    this.words = Set.copyOf(words);
    this.maxLength = words.stream().mapToInt(String::length).max().orElse(0);
    words.forEach(w -> firstChars.set(w.charAt(0)));
  }

  static DomainLexicon builtIn() {
    return BUILT_IN;
  }

  /** Length of the longest word starting at {@code from} and ending by {@code to}; 0 if none. */
  int longestMatch(CharSequence text, int from, int to) {
    if (from >= to || !firstChars.get(text.charAt(from))) {
      return 0;
    }
    for (int len = Math.min(maxLength, to - from); len >= 2; len--) {
      if (words.contains(text.subSequence(from, from + len).toString())) {
        return len;
      }
    }
    return 0;
  }

  private static DomainLexicon load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = DomainLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return new DomainLexicon(words);
  }
}
