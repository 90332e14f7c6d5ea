package dev.signaldesk.indexer.signal.side;

import java.util.List;

/**
 * The side of one text and why.
 *
 * @param side SELL, BUY or NEUTRAL
 * @param reason {@code chat-convention} (a post starting 出 / 收 / 求购), {@code vocabulary}, or {@code
 *     none}
 * @param terms the terms that decided it (negated ones are not listed)
 */
public record SideVerdict(OfferSide side, String reason, List<String> terms) {
  public SideVerdict {
    terms = List.copyOf(terms);
  }
}
