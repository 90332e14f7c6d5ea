package dev.signaldesk.indexer.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits text into Han runs, segmented into words by smartcn's HMM segmenter (after the market's
 * own words from {@link DomainLexicon}; short runs through a {@link SegmentationCache}), and runs
 * of other letters and digits, kept whole.
 *
 * <p>Keeping letter+digit runs whole is the point: smartcn alone turns {@code H100} into {@code h}
 * and {@code 100}, so a search for {@code 100} would match every H100 article. Inside a letter or
 * digit run, a {@code .} between digits ({@code 7.5}), a thousands separator ({@code 75,000}, kept
 * as {@code 75000}) and an apostrophe between letters ({@code Nvidia's}) stay part of the token.
 * Full-width ASCII ({@code Ｈ１００}) is folded to ASCII so that it meets its half-width spelling.
 *
 * <p>Tokens that contain a digit or a Han character are marked as keywords, so that stemming only
 * touches plain words. The whole input is read at reset; reports are small enough for that.
 */
public final class MixedScriptTokenizer extends Tokenizer {

  /** Token type of a Han word. */
  public static final String HAN = "<HAN>";

  /** Token type of a run of letters only. */
  public static final String WORD = "<WORD>";

  /** Token type of a run that contains a digit ({@code H100}, {@code 2023}, {@code 7.5}). */
  public static final String ALNUM = "<ALNUM>";

  /**
   * Letter/digit runs longer than this (base64 blobs, hashes pasted into chats) are dropped: they
   * are never searched for, and Lucene rejects terms over 32 KB, which would fail the whole report.
   */
  public static final int MAX_TOKEN_LENGTH = 255;

  /** Han runs longer than this are segmented in pieces: the segmenter is built for sentences. */
  private static final int MAX_HAN_RUN = 256;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final SegmentationCache segmentation = new SegmentationCache();
  private final DomainLexicon lexicon = DomainLexicon.builtIn();

  private final List<Piece> pieces = new ArrayList<>();
  private int next;
  private int finalOffset;

  private record Piece(String term, int start, int end, String type) {}

  @Override
  public boolean incrementToken() {
    if (next >= pieces.size()) {
      return false;
    }
    clearAttributes();
    Piece p = pieces.get(next++);
    termAtt.setEmpty().append(p.term());
    offsetAtt.setOffset(correctOffset(p.start()), correctOffset(p.end()));
    typeAtt.setType(p.type());
    keywordAtt.setKeyword(!WORD.equals(p.type()));
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
      text.append(buffer, 0, n);
    }
    pieces.clear();
    next = 0;
    finalOffset = correctOffset(text.length());
    split(text);
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  private void split(CharSequence text) {
    int i = 0;
    int length = text.length();
    while (i < length) {
      int cp = Character.codePointAt(text, i);
      if (isHan(cp)) {
        int end = i;
        while (end < length && isHan(Character.codePointAt(text, end))) {
          end += Character.charCount(Character.codePointAt(text, end));
        }
        segmentHan(text, i, end);
        i = end;
      } else if (isWordChar(cp)) {
        i = readWord(text, i);
      } else {
        i += Character.charCount(cp);
      }
    }
  }

  /** Domain words first (longest match), the gaps between them by the HMM segmenter. */
  private void segmentHan(CharSequence text, int start, int end) {
    int gapStart = start;
    int i = start;
    while (i < end) {
      int match = lexicon.longestMatch(text, i, end);
      if (match > 0) {
        segmentWithHmm(text, gapStart, i);
        pieces.add(new Piece(text.subSequence(i, i + match).toString(), i, i + match, HAN));
        i += match;
        gapStart = i;
      } else {
        i++;
      }
    }
    segmentWithHmm(text, gapStart, end);
  }

  private void segmentWithHmm(CharSequence text, int start, int end) {
    for (int from = start; from < end; from += MAX_HAN_RUN) {
      int to = Math.min(end, from + MAX_HAN_RUN);
      String run = text.subSequence(from, to).toString();
      int[] words = segmentation.segment(run);
      for (int k = 0; k < words.length; k += 2) {
        pieces.add(
            new Piece(
                run.substring(words[k], words[k + 1]), from + words[k], from + words[k + 1], HAN));
      }
    }
  }

  private int readWord(CharSequence text, int start) {
    StringBuilder term = new StringBuilder();
    boolean digit = false;
    int i = start;
    int length = text.length();
    while (i < length) {
      int cp = Character.codePointAt(text, i);
      if (isWordChar(cp)) {
        int folded = fold(cp);
        digit |= Character.isDigit(folded);
        term.appendCodePoint(folded);
        i += Character.charCount(cp);
      } else if (joinsDigits(text, i, '.')) {
        term.append('.');
        i++;
      } else if (isThousandsSeparator(text, i)) {
        i++;
      } else if (joinsLetters(text, i)) {
        term.append('\'');
        i++;
      } else {
        break;
      }
    }
    if (term.length() <= MAX_TOKEN_LENGTH) {
      pieces.add(new Piece(term.toString(), start, i, digit ? ALNUM : WORD));
    }
    return i;
  }

  private static boolean joinsDigits(CharSequence text, int i, char joiner) {
    return fold(text.charAt(i)) == joiner
        && i > 0
        && i + 1 < text.length()
        && Character.isDigit(fold(text.charAt(i - 1)))
        && Character.isDigit(fold(text.charAt(i + 1)));
  }

  /** A comma followed by exactly three digits, as in {@code 75,000} or {@code 1,200,000}. */
  private static boolean isThousandsSeparator(CharSequence text, int i) {
    return joinsDigits(text, i, ',')
        && digits(text, i + 1, 3)
        && (i + 4 >= text.length() || !Character.isDigit(fold(text.charAt(i + 4))));
  }

  private static boolean digits(CharSequence text, int from, int count) {
    for (int k = from; k < from + count; k++) {
      if (k >= text.length() || !Character.isDigit(fold(text.charAt(k)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean joinsLetters(CharSequence text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '\u2019')
        && i > 0
        && i + 1 < text.length()
        && Character.isLetter(text.charAt(i - 1))
        && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) && !isHan(cp);
  }

  /** Full-width ASCII (U+FF01..U+FF5E) to ASCII; one char to one char, so offsets stay right. */
  private static int fold(int cp) {
    return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
  }
}
