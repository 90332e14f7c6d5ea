package dev.signaldesk.indexer.signal.side;

import dev.signaldesk.config.SignalsConfig;
import dev.signaldesk.indexer.signal.text.SentenceSplitter;
import dev.signaldesk.indexer.signal.text.TermHit;
import dev.signaldesk.indexer.signal.text.TermMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Classifies a sentence or chat message as SELL, BUY or neither.
 *
 * <p>A chat post that starts with 出 (not 出租-free words like 出现) offers to sell; one that starts
 * with 收 or 求购 (or WTS / WTB) wants to buy: that convention wins. Otherwise the sell-off and buying
 * vocabulary from config is counted, skipping negated terms ("没有抛售", "no one is selling"); more
 * sell terms than buy terms is SELL and the reverse BUY.
 */
public final class OfferSideClassifier {
  private static final Pattern SELL_START =
      Pattern.compile(
          "^[\\s【\\[（(]*(出(?!现|来|口|台|于|自|了|货量|差|去)|急出|转让|(?i:wts\\b|selling\\b|for sale\\b))");
  private static final Pattern BUY_START =
      Pattern.compile(
          "^[\\s【\\[（(]*(收(?!到|入|益|购|回|费|录|缩|紧|官|盘)|求购|求租|回收|(?i:wtb\\b|buying\\b|looking for\\b))");

  private final TermMatcher sell;
  private final TermMatcher buy;

  public OfferSideClassifier(SignalsConfig config) {
    this.sell = new TermMatcher(config.sellTerms(), config.negations(), config.intensifiers());
    this.buy = new TermMatcher(config.buyTerms(), config.negations(), config.intensifiers());
  }

  /** The side of one sentence or chat message. */
  public SideVerdict classify(String text) {
    if (SELL_START.matcher(text).find()) {
      return new SideVerdict(
          OfferSide.SELL, "chat-convention", List.of(text.strip().substring(0, 1)));
    }
    if (BUY_START.matcher(text).find()) {
      return new SideVerdict(
          OfferSide.BUY, "chat-convention", List.of(text.strip().substring(0, 1)));
    }
    List<String> sells = affirmed(sell.find(text));
    List<String> buys = affirmed(buy.find(text));
    if (sells.size() > buys.size()) {
      return new SideVerdict(OfferSide.SELL, "vocabulary", sells);
    }
    if (buys.size() > sells.size()) {
      return new SideVerdict(OfferSide.BUY, "vocabulary", buys);
    }
    return new SideVerdict(OfferSide.NEUTRAL, "none", List.of());
  }

  /**
   * The side of a whole document: a chat message is one unit; an article is SELL or BUY when its
   * sentences lean that way (more sentences of one side than of the other).
   */
  public SideVerdict classifyDocument(String text) {
    var sentences = SentenceSplitter.split(text);
    if (sentences.size() <= 1) {
      return classify(text);
    }
    int s = 0;
    int b = 0;
    List<String> sTerms = new ArrayList<>();
    List<String> bTerms = new ArrayList<>();
    for (var sentence : sentences) {
      SideVerdict v = classify(sentence.text());
      if (v.side() == OfferSide.SELL) {
        s++;
        sTerms.addAll(v.terms());
      } else if (v.side() == OfferSide.BUY) {
        b++;
        bTerms.addAll(v.terms());
      }
    }
    if (s > b) {
      return new SideVerdict(OfferSide.SELL, "vocabulary", sTerms);
    }
    if (b > s) {
      return new SideVerdict(OfferSide.BUY, "vocabulary", bTerms);
    }
    return new SideVerdict(OfferSide.NEUTRAL, "none", List.of());
  }

  /** True if any sentence uses sell-off vocabulary without negation. */
  public boolean talksAboutSelling(String text) {
    return !affirmed(sell.find(text)).isEmpty();
  }

  private static List<String> affirmed(List<TermHit> hits) {
    return hits.stream().filter(h -> !h.negated()).map(TermHit::term).toList();
  }
}
