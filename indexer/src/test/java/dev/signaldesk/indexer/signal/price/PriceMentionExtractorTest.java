package dev.signaldesk.indexer.signal.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.signaldesk.config.ConfigLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriceMentionExtractorTest {
  private static final LocalDate DOC = LocalDate.of(2025, 3, 12);
  private final PriceMentionExtractor extractor =
      new PriceMentionExtractor(new ConfigLoader().defaults().signals());

  private List<PriceMention> prices(String text) {
    return extractor.extract(text, DOC).prices();
  }

  @Test
  void serverMonthlyRentOf180kIs30point82PerGpuHour() {
    PriceMention p = prices("8卡H100整机月租18万元/月").get(0);
    assertThat(p.basis()).isEqualTo(PriceBasis.PER_SERVER_MONTH);
    assertThat(p.gpus()).isEqualTo(8);
    assertThat(p.gpusAssumed()).isFalse();
    assertThat(p.perGpuHour()).isCloseTo(30.82, within(0.005));
  }

  @Test
  void serverRentWithoutGpuCountAssumesEightAndSaysSo() {
    PriceMention p = prices("H100服务器月租7.5万元").get(0);
    assertThat(p.perGpuHour()).isCloseTo(12.84, within(0.005));
    assertThat(p.gpusAssumed()).isTrue();
    assertThat(p.flags()).contains("gpus-assumed");
  }

  @Test
  void dollarPerGpuHourConvertsWithTheRateOfItsYear() {
    PriceMention p =
        extractor
            .extract("H100s go for $2.10 per GPU-hour.", LocalDate.of(2024, 5, 1))
            .prices()
            .get(0);
    assertThat(p.currency()).isEqualTo(Currency.USD);
    assertThat(p.usd()).isCloseTo(2.10, within(1e-9));
    assertThat(p.cny()).isCloseTo(2.10 * 7.19, within(1e-9));
  }

  @Test
  void fromToChangeYieldsBothPricesSharingTheUnit() {
    List<PriceMention> ps = prices("A100的租赁价格从每小时5元跌至2元。");
    assertThat(ps).extracting(PriceMention::perGpuHour).containsExactly(5.0, 2.0);
    assertThat(ps).allMatch(p -> p.rule().endsWith("linked"));
  }

  @Test
  void fellBelowIsABound() {
    PriceMention p = prices("A100单卡租金已经跌破2.5元/卡时。").get(0);
    assertThat(p.bound()).isEqualTo(Bound.BELOW);
    assertThat(p.value()).isEqualTo(2.5);
  }

  @Test
  void halvedIsAChangeWithoutAPrice() {
    PriceExtraction x = extractor.extract("H100租赁价格近期腰斩。", DOC);
    assertThat(x.prices()).isEmpty();
    assertThat(x.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.model()).isEqualTo("H100");
              assertThat(c.direction()).isEqualTo(PriceChange.Direction.DOWN);
              assertThat(c.factor()).isEqualTo(0.5);
            });
  }

  @Test
  void chineseNumeralsAndChatMultipliersAreRead() {
    assertThat(prices("现在H100一台才七万五一个月").get(0).perGpuHour()).isCloseTo(12.84, within(0.005));
    PriceMention range = prices("收4090D，七八千一张都行").get(0);
    assertThat(range.low()).isEqualTo(7000);
    assertThat(range.high()).isEqualTo(8000);
    assertThat(prices("出8卡H100整机，210w").get(0).perGpu()).isEqualTo(262500);
  }

  @Test
  void yearlyRentThatIsReallyMonthlyIsFlaggedAndExcludedNotDropped() {
    PriceMention p = prices("一台8卡H100服务器的年租金为9万元。").get(0);
    assertThat(p.basis()).isEqualTo(PriceBasis.PER_SERVER_YEAR);
    assertThat(p.excluded()).isTrue();
    assertThat(p.flags()).contains("implausible");
    assertThat(p.excludedReason()).contains("H100");
  }

  @Test
  void statedYearAndRelativeDatesSetTheReferenceDate() {
    PriceMention y = prices("在2023年，一张H100能卖到20万元。").get(0);
    assertThat(y.refDate().getYear()).isEqualTo(2023);
    assertThat(y.refPrecision()).isEqualTo(DatePrecision.YEAR);
    PriceMention last = prices("去年H100单卡售价约为16万元。").get(0);
    assertThat(last.refDate().getYear()).isEqualTo(2024);
    assertThat(prices("H100单卡售价约为16万元。").get(0).refDate()).isEqualTo(DOC);
  }

  @Test
  void offsetsPointIntoTheWholeText() {
    String text = "第一句没有价格。H100租金为12元/卡时。";
    PriceMention p = prices(text).get(0);
    assertThat(text.substring(p.start(), p.end())).isEqualTo("12元/卡时");
  }

  @Test
  void rentWithoutAPeriodTakesTheFirstPlausiblePeriodAndSaysSo() {
    PriceMention server = prices("H100整机租金已经降到了7万出头。").get(0);
    assertThat(server.basis()).isEqualTo(PriceBasis.PER_SERVER_MONTH);
    assertThat(server.flags()).contains("period-assumed");
    assertThat(prices("H100的租金约为12元。").get(0).basis()).isEqualTo(PriceBasis.PER_GPU_HOUR);
  }

  @Test
  void unitPriceSurvivesASentenceAboutAnOrder() {
    PriceMention p = prices("英伟达H20芯片的单价约为1.2万美元，订单规模超过10亿美元。").get(0);
    assertThat(p.perGpu()).isEqualTo(12000);
    assertThat(p.currency()).isEqualTo(Currency.USD);
    assertThat(prices("英伟达H20芯片的单价约为1.2万美元，订单规模超过10亿美元。")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "H100配备80GB HBM3显存，功耗高达700W。",
        "H200的显存容量提升至141G。",
        "该公司计划采购1万张H100。",
        "2023年，H100一卡难求。",
        "英伟达H20在中国市场的营收达到120亿美元。",
        "这家公司完成了5亿元融资，将用于采购H800。",
        "H100的FP16算力约为989 TFLOPS。",
        "H100集群的利用率不足30%。",
        "该智算中心规划算力规模为2万P，部署2000张910B。",
        "H100 has 80GB of HBM3 memory and draws up to 700W.",
        "Chinese firms ordered roughly 1 million H20 chips worth about $12 billion.",
      })
  void trapsAreNotPrices(String text) {
    assertThat(extractor.extract(text, DOC).included()).isEmpty();
  }
}
