package dev.signaldesk.indexer.signal.price;

import dev.signaldesk.indexer.signal.text.ModelMention;
import dev.signaldesk.indexer.signal.text.Sentence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds price movements written without a price: 腰斩, 暴跌, 翻倍, "halved", "doubled". */
final class PriceChanges {
  private static final Pattern TERM =
      Pattern.compile(
          "(?<half>腰斩|减半|(?i:halved))|(?<double>翻倍|翻番|(?i:doubled))"
              + "|(?<down>暴跌|猛跌|大跌|骤降|下跌|回落|下降|降价|跳水|走低|(?i:plunged?|plummet\\w*|slump\\w*|tumbl\\w*|crash\\w*|fell|dropped|declined))"
              + "|(?<up>涨价|上调|上涨|推高|回升|走高|反弹|(?i:rose|climbed|jumped|surged|soared|rebounded|raised))");
  private static final Pattern PRICE_TALK = Pattern.compile("价|租|费|(?i:price|rent|rate|cost)");

  private PriceChanges() {}

  static void find(Sentence s, List<ModelMention> models, List<PriceChange> out) {
    if (!PRICE_TALK.matcher(s.text()).find()) {
      return;
    }
    Matcher m = TERM.matcher(s.text());
    while (m.find()) {
      PriceChange.Direction dir =
          m.group("half") != null || m.group("down") != null
              ? PriceChange.Direction.DOWN
              : PriceChange.Direction.UP;
      Double factor = null;
      if (m.group("half") != null) {
        factor = 0.5;
      } else if (m.group("double") != null) {
        factor = 2.0;
      }
      String model = nearest(models, m.start());
      out.add(
          new PriceChange(
              model, dir, factor, m.group(), s.text(), s.global(m.start()), s.global(m.end())));
    }
  }

  private static String nearest(List<ModelMention> models, int at) {
    ModelMention best = null;
    for (ModelMention mm : models) {
      if (best == null || Math.abs(mm.start() - at) < Math.abs(best.start() - at)) {
        best = mm;
      }
    }
    return best == null ? null : best.model();
  }
}
