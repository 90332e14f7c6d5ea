package dev.signaldesk.indexer.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * smartcn's HMM segmentation of short Han runs, remembered in a small LRU map.
 *
 * <p>The HMM is the costliest step of analysis, and trade chats repeat the same short runs all day
 * ({@code 出}, {@code 整机}, {@code 可刀}, {@code 租赁}): a run seen recently is answered from the map.
 * Segmentation depends on the run alone, so a cached answer is exactly what the HMM would say. Only
 * runs of up to {@value #MAX_RUN_CHARS} characters are cached (long sentences rarely repeat) and at
 * most {@value #MAX_ENTRIES} of them, which bounds the map to a few hundred kilobytes. Not
 * thread-safe: each tokenizer, and so each analysing thread, has its own.
 */
final class SegmentationCache {

  /** Runs longer than this are segmented every time. */
  static final int MAX_RUN_CHARS = 48;

  /** Runs remembered, least recently used dropped first. */
  static final int MAX_ENTRIES = 1024;

  private final HHMMSegmenter segmenter = new HHMMSegmenter();
  private final Map<String, int[]> recent =
      new LinkedHashMap<>(MAX_ENTRIES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  /**
   * The words of a Han run as start/end offset pairs into it: {@code [s0, e0, s1, e1, ...]}. The
   * array is shared with the cache; callers must not change it.
   */
  int[] segment(String run) {
    if (run.length() > MAX_RUN_CHARS) {
      return hmm(run);
    }
    int[] words = recent.get(run);
    if (words == null) {
      words = hmm(run);
      recent.put(run, words);
    }
    return words;
  }

  private int[] hmm(String run) {
    List<SegToken> tokens = segmenter.process(run);
    // The segmenter frames its result with sentence-begin and sentence-end markers.
    int[] words = new int[2 * Math.max(0, tokens.size() - 2)];
    for (int k = 1; k < tokens.size() - 1; k++) {
      SegToken t = tokens.get(k);
      words[2 * (k - 1)] = t.startOffset;
      words[2 * (k - 1) + 1] = t.endOffset;
    }
    return words;
  }
}
