package dev.signaldesk.indexer;

import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.search.SearchRequest;
import dev.signaldesk.indexer.search.SearchResult;
import dev.signaldesk.indexer.search.SearchService;
import dev.signaldesk.indexer.search.SortOrder;
import dev.signaldesk.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Not a test: measures ingest and search speed on synthetic reports. Run with {@code java -cp <test
 * classpath> dev.signaldesk.indexer.SearchBenchmark [reports]}.
 */
public final class SearchBenchmark {

  private static final String[] PHRASES = {
    "英伟达H100整机租金暴跌",
    "智算中心闲置率高企",
    "A800整机折价出售",
    "4090D单卡每小时约1.5元",
    "多家运营方开始抛售闲置设备",
    "国产算力利用率不足20%",
    "Nvidia H100 rental prices slide",
    "operators dump idle compute power",
    "B200 rentals rose 30% this quarter",
    "昇腾910B供不应求",
    "MI300X clusters come online in Gansu",
    "月租金从18万元降至7.5万元",
    "data centre glut deepens"
  };
  private static final String[] SOURCES = {
    "36kr", "jazzyear", "technode", "chat:wechat-memotrace-csv"
  };

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    Path dir = Files.createTempDirectory("signaldesk-bench");
    Random random = new Random(42);
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        index.upsert(synthetic(i, random));
      }
      index.commit();
      double ingestSeconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "ingest: %d reports in %.1f s = %.0f reports/s%n", n, ingestSeconds, n / ingestSeconds);
      index.refresh();
      SearchService search = new SearchService(index);
      for (String q :
          List.of("h100", "租金暴跌", "Nvidia", "100", "\"rental prices\"", "", "idle OR 闲置 -dump")) {
        for (SortOrder sort : SortOrder.values()) {
          SearchRequest req = new SearchRequest(q, null, null, null, null, sort, 20, null, null);
          for (int w = 0; w < 20; w++) {
            search.search(req); // warm-up
          }
          long[] micros = new long[50];
          SearchResult last = null;
          for (int r = 0; r < micros.length; r++) {
            long s = System.nanoTime();
            last = search.search(req);
            micros[r] = (System.nanoTime() - s) / 1000;
          }
          Arrays.sort(micros);
          System.out.printf(
              "query %-22s %-9s total=%6d median=%6.1f ms p90=%6.1f ms%n",
              "[" + q + "]", sort, last.total(), micros[25] / 1000.0, micros[45] / 1000.0);
        }
      }
    }
  }

  private static Report synthetic(int i, Random random) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 12; k++) {
      text.append(PHRASES[random.nextInt(PHRASES.length)]).append(k % 3 == 2 ? "。\n\n" : "，");
    }
    String title = PHRASES[random.nextInt(PHRASES.length)];
    Report base =
        TestReports.news(
            "bench-" + i,
            SOURCES[i % SOURCES.length],
            title,
            text.toString(),
            String.format("202%d-%02d-%02d", 3 + i % 4, 1 + i % 12, 1 + i % 28));
    return base;
  }
}
