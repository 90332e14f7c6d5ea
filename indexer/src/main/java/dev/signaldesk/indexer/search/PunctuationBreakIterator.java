package dev.signaldesk.indexer.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries from punctuation alone, for Chinese and English snippets: a sentence ends
 * after {@code 。！？；!?;}, after a line break, and after a {@code .} that is followed by whitespace
 * (so {@code 2.5} and {@code 3.2元} stay whole); closing quotes and brackets and the whitespace that
 * follow the terminator belong to the sentence they close.
 *
 * <p>Why not {@link BreakIterator#getSentenceInstance}: the JDK's rule-based iterator was the
 * largest single cost of a search (most of the snippet time). Snippet text is capped (see {@link
 * SnippetHighlighter}), so all boundaries are computed once in {@link #setText} and navigation is a
 * binary search over them. Not thread-safe, like every {@link BreakIterator}.
 */
final class PunctuationBreakIterator extends BreakIterator {

  private String text = "";
  private CharacterIterator iterator = new StringCharacterIterator("");

  /** Boundaries in ascending order; always holds 0 and the text's length. */
  private int[] bounds = {0};

  private int count = 1;
  private int index;

  @Override
  public void setText(String newText) {
    text = newText;
    iterator = new StringCharacterIterator(newText);
    computeBounds();
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder sb = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      sb.append(c);
    }
    setText(sb.toString());
    iterator = newText;
  }

  @Override
  public CharacterIterator getText() {
    return iterator;
  }

  @Override
  public int first() {
    index = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    index = count - 1;
    return bounds[index];
  }

  @Override
  public int current() {
    return bounds[index];
  }

  @Override
  public int next() {
    if (index >= count - 1) {
      return DONE;
    }
    return bounds[++index];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int previous() {
    if (index == 0) {
      return DONE;
    }
    return bounds[--index];
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    // First boundary strictly after offset.
    int next = i >= 0 ? i + 1 : -i - 1;
    if (next >= count) {
      index = count - 1;
      return DONE;
    }
    index = next;
    return bounds[index];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    // Last boundary strictly before offset.
    int prev = i >= 0 ? i - 1 : -i - 2;
    if (prev < 0) {
      index = 0;
      return DONE;
    }
    index = prev;
    return bounds[index];
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    if (i >= 0) {
      index = i;
      return true;
    }
    following(offset);
    return false;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException(
          "offset " + offset + " is outside the text (0.." + text.length() + ")");
    }
  }

  private void computeBounds() {
    int n = text.length();
    int[] b = new int[16];
    int c = 0;
    b[c++] = 0;
    int i = 0;
    while (i < n) {
      char ch = text.charAt(i++);
      if (!endsSentence(ch, i)) {
        continue;
      }
      while (i < n && (isCloser(text.charAt(i)) || Character.isWhitespace(text.charAt(i)))) {
        i++;
      }
      if (i < n) {
        if (c == b.length) {
          b = Arrays.copyOf(b, c * 2);
        }
        b[c++] = i;
      }
    }
    if (n > 0) {
      if (c == b.length) {
        b = Arrays.copyOf(b, c + 1);
      }
      b[c++] = n;
    }
    bounds = b;
    count = c;
    index = 0;
  }

  /** Whether {@code ch}, just before position {@code next}, ends a sentence. */
  private boolean endsSentence(char ch, int next) {
    return switch (ch) {
      case '。', '！', '？', '；', '!', '?', ';', '\n', '\u2029' -> true;
      case '.', '．' -> next >= text.length() || Character.isWhitespace(text.charAt(next));
      default -> false;
    };
  }

  private static boolean isCloser(char ch) {
    return switch (ch) {
      case '”', '’', '」', '』', '）', ')', '"', '\'', '》', '】' -> true;
      default -> false;
    };
  }
}
