package dev.signaldesk.crawler.chat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numbers identical messages (same second, sender and text) 1, 2, 3 … in file order, so two real
 * messages that look the same both survive de-duplication while an overlapping export of the same
 * chat numbers them the same way. Exports are in time order, so only recent seconds are kept (a
 * bounded window), which keeps memory flat on files of any size.
 */
final class OccurrenceCounter {

  private static final int WINDOW_SECONDS = 4096;

  private final Map<Long, Map<String, Integer>> bySecond =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, Integer>> eldest) {
          return size() > WINDOW_SECONDS;
        }
      };

  /** 1 for the first occurrence of this (second, sender, text), 2 for the second … */
  int next(long epochSecond, String sender, String text) {
    Map<String, Integer> counts = bySecond.computeIfAbsent(epochSecond, s -> new HashMap<>(4));
    return counts.merge(sender + '\u0000' + text, 1, Integer::sum);
  }
}
