package dev.signaldesk.indexer.signal.price;

/**
 * What a unit phrase says about a price; every part may be unknown (null).
 *
 * @param hours the rent period in hours (1, 24, 730, 8760), 0 for an explicit sale unit (一张, per
 *     chip), or null if no period was written
 * @param server true for a whole server (台, 整机, per server), false for one GPU (卡, per GPU), null
 *     if not said
 * @param pflops true for a per-PFLOPS price (元/P/月)
 * @param end offset just past the unit phrase in the sentence
 */
record Unit(Integer hours, Boolean server, boolean pflops, int end) {
  static Unit none(int at) {
    return new Unit(null, null, false, at);
  }

  boolean isEmpty() {
    return hours == null && server == null && !pflops;
  }

  /** This unit with the gaps filled from {@code other}. */
  Unit or(Unit other) {
    return new Unit(
        hours != null && !(hours == 0 && other.hours != null) ? hours : other.hours,
        server != null ? server : other.server,
        pflops || other.pflops,
        end);
  }
}
