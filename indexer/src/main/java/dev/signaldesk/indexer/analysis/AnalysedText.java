package dev.signaldesk.indexer.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once, whose tokens can be replayed into any number of fields.
 *
 * <p>The report body goes into two indexed fields ({@code text} with offsets, and {@code all}
 * together with the title); analysing it once and replaying the tokens halves the Chinese
 * segmentation, the costliest step of indexing. A replay yields exactly what the analyzer produced:
 * terms, position increments, offsets and the final offset, so the postings are the same as if each
 * field had been analysed on its own. The recorded tokens are immutable; every {@link
 * #tokenStream()} is an independent cursor over them, and each may be reset and consumed again (a
 * document that is indexed twice, or by a monitor after the index).
 */
public final class AnalysedText {

  private final char[] chars;
  private final int[] termEnds; // token i spans chars[termEnds[i-1] .. termEnds[i])
  private final int[] positionIncrements;
  private final int[] startOffsets;
  private final int[] endOffsets;
  private final int size;
  private final int finalOffset;
  private final int finalPositionIncrement;

  private AnalysedText(Recorder r) {
    this.chars = Arrays.copyOf(r.chars, r.charCount);
    this.termEnds = Arrays.copyOf(r.termEnds, r.size);
    this.positionIncrements = Arrays.copyOf(r.positionIncrements, r.size);
    this.startOffsets = Arrays.copyOf(r.startOffsets, r.size);
    this.endOffsets = Arrays.copyOf(r.endOffsets, r.size);
    this.size = r.size;
    this.finalOffset = r.finalOffset;
    this.finalPositionIncrement = r.finalPositionIncrement;
  }

  /**
   * Analyses {@code text} as {@code field} and records the tokens. The analyzer's stream is
   * consumed and closed here, so the analyzer may be used again at once (its components are
   * reused).
   */
  public static AnalysedText of(Analyzer analyzer, String field, String text) {
    Recorder r = new Recorder();
    try (TokenStream ts = analyzer.tokenStream(field, text == null ? "" : text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        r.add(term, posInc.getPositionIncrement(), offset.startOffset(), offset.endOffset());
      }
      ts.end();
      r.finalOffset = offset.endOffset();
      r.finalPositionIncrement = posInc.getPositionIncrement();
    } catch (IOException e) {
      // The analyzers read from a String; an I/O error here is a bug, not bad input.
      throw new UncheckedIOException("Analysing " + field + " failed", e);
    }
    return new AnalysedText(r);
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** A fresh stream over the recorded tokens, for a {@code Field} built from a token stream. */
  public TokenStream tokenStream() {
    return new Replay();
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next >= size) {
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : termEnds[next - 1];
      termAtt.copyBuffer(chars, from, termEnds[next] - from);
      posIncAtt.setPositionIncrement(positionIncrements[next]);
      offsetAtt.setOffset(startOffsets[next], endOffsets[next]);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public void end() throws IOException {
      super.end();
      posIncAtt.setPositionIncrement(finalPositionIncrement);
      offsetAtt.setOffset(finalOffset, finalOffset);
    }
  }

  /** Growable buffers filled while the analyzer runs. */
  private static final class Recorder {
    char[] chars = new char[256];
    int charCount;
    int[] termEnds = new int[32];
    int[] positionIncrements = new int[32];
    int[] startOffsets = new int[32];
    int[] endOffsets = new int[32];
    int size;
    int finalOffset;
    int finalPositionIncrement;

    void add(CharTermAttribute term, int posInc, int start, int end) {
      if (size == termEnds.length) {
        int n = size * 2;
        termEnds = Arrays.copyOf(termEnds, n);
        positionIncrements = Arrays.copyOf(positionIncrements, n);
        startOffsets = Arrays.copyOf(startOffsets, n);
        endOffsets = Arrays.copyOf(endOffsets, n);
      }
      if (charCount + term.length() > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + term.length()));
      }
      System.arraycopy(term.buffer(), 0, chars, charCount, term.length());
      charCount += term.length();
      termEnds[size] = charCount;
      positionIncrements[size] = posInc;
      startOffsets[size] = start;
      endOffsets[size] = end;
      size++;
    }
  }
}
