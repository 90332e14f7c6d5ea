package dev.signaldesk.indexer.signal.price;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.indexer.signal.SignalExtractor;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random mixtures of the pieces prices are made of never crash the extractor or break offsets. */
class ExtractorRobustnessTest {
  private static final String[] PIECES = {
    "H100",
    "4090",
    "A10",
    "8卡",
    "整机",
    "月租",
    "万",
    "w",
    "元",
    "/",
    "卡",
    "时",
    "月",
    "台",
    "张",
    "从",
    "降至",
    "到",
    "-",
    "~",
    "七",
    "八",
    "千",
    "十",
    "两",
    "$",
    "per",
    " GPU-hour",
    " a month",
    "2023年",
    "去年",
    "跌破",
    "以下",
    "%",
    "GB",
    "W",
    "P",
    "，",
    "。",
    "\n",
    " ",
    "1",
    "2.5",
    "18",
    "0",
    ",000",
    ".",
    "出",
    "收",
    "没有",
    "抛售",
    "腰斩",
    "between",
    " and ",
    "¥",
    "美元",
    "亿"
  };

  @Test
  void randomPriceLikeTextNeverCrashesAndOffsetsStayInside() {
    SignalExtractor x = new SignalExtractor(new ConfigLoader().defaults().signals());
    Random rnd = new Random(20261128);
    int found = 0;
    for (int i = 0; i < 1000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + rnd.nextInt(30);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      var report = x.analyse(text, LocalDate.of(2025, 1, 1));
      for (PriceMention p : report.prices()) {
        found++;
        assertThat(p.start()).as(text).isBetween(0, p.end());
        assertThat(p.end()).as(text).isLessThanOrEqualTo(text.length());
        assertThat(text).contains(p.text());
        assertThat(p.excluded() || (p.cny() > 0 && Double.isFinite(p.cny()))).as(text).isTrue();
      }
      assertThat(report.sentiment().score()).isBetween(-1.0, 1.0);
    }
    assertThat(found).isPositive();
  }
}
