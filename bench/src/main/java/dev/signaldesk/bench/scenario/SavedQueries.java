package dev.signaldesk.bench.scenario;

import dev.signaldesk.indexer.alert.AlertFilters;
import dev.signaldesk.indexer.alert.SavedQuerySpec;
import dev.signaldesk.model.ReportKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates saved queries as users write them: a model with a sell-off or price word, a phrase, a
 * region, a company, a price range on a model, some with a kind or source filter. Deterministic for
 * a seed; varied enough that 100k queries are not 100k copies of a few.
 */
final class SavedQueries {

  private static final String[] MODELS = {
    "H100", "H800", "H200", "H20", "A100", "A800", "L40S", "B200", "4090", "昇腾910B", "MI300X"
  };
  private static final String[] WORDS = {
    "抛售",
    "甩卖",
    "清仓",
    "折价出售",
    "急出",
    "低于市场价",
    "租金",
    "月租",
    "跌破",
    "腰斩",
    "暴跌",
    "回暖",
    "涨价",
    "智算中心",
    "闲置",
    "转让",
    "sell off",
    "fire sale",
    "distressed",
    "offload",
    "rent",
    "price",
    "glut",
    "recovery"
  };
  private static final String[] PLACES = {
    "内蒙古", "贵州", "宁夏", "庆阳", "华东", "临港", "张家口", "成都", "深圳", "Shanghai", "Ningxia"
  };
  private static final String[] PHRASES = {
    "\"fire sale\"",
    "\"below-market\"",
    "\"sell off\"",
    "\"distressed assets\"",
    "\"rental prices\""
  };

  private SavedQueries() {}

  static List<SavedQuerySpec> generate(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SavedQuerySpec> specs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String model = MODELS[random.nextInt(MODELS.length)];
      String word = WORDS[random.nextInt(WORDS.length)];
      String place = PLACES[random.nextInt(PLACES.length)];
      String query =
          switch (random.nextInt(6)) {
            case 0 -> model + " " + word;
            case 1 -> model + " AND (" + word + " OR " + WORDS[random.nextInt(WORDS.length)] + ")";
            case 2 -> PHRASES[random.nextInt(PHRASES.length)] + " " + model;
            case 3 -> place + " " + word;
            case 4 -> {
              int lo = 1 + random.nextInt(30);
              yield "model:"
                  + model
                  + " AND price_cny_gpu_hour:["
                  + lo
                  + " TO "
                  + (lo + 1 + random.nextInt(20))
                  + "]";
            }
            default -> model + " " + word + " NOT " + place;
          };
      AlertFilters filters =
          switch (random.nextInt(4)) {
            case 0 -> new AlertFilters(List.of(), ReportKind.CHAT, Map.of());
            case 1 -> new AlertFilters(List.of("36kr", "jazzyear"), ReportKind.NEWS, Map.of());
            default -> AlertFilters.NONE;
          };
      specs.add(new SavedQuerySpec("sq-" + i, query, filters));
    }
    return specs;
  }
}
