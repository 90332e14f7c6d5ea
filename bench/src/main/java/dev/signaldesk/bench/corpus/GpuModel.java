package dev.signaldesk.bench.corpus;

import java.util.List;

/**
 * A GPU model as the corpus writes it.
 *
 * @param name the canonical name the extractor reports (as in {@code signals.gpu-models})
 * @param spelling how texts write it
 * @param rentAtPeak CNY per GPU-hour at the 2023 peak
 * @param saleAtPeak CNY per card at the 2023 peak
 * @param weight relative frequency in the corpus
 */
record GpuModel(String name, String spelling, double rentAtPeak, double saleAtPeak, int weight) {

  /** The models the corpus talks about, weighted roughly as the market talks about them. */
  static final List<GpuModel> ALL =
      List.of(
          new GpuModel("H100", "H100", 30.8, 200_000, 30),
          new GpuModel("H800", "H800", 27, 180_000, 12),
          new GpuModel("H200", "H200", 38, 260_000, 6),
          new GpuModel("H20", "H20", 9.5, 110_000, 10),
          new GpuModel("A100", "A100", 8.5, 150_000, 12),
          new GpuModel("A800", "A800", 8.0, 140_000, 10),
          new GpuModel("L40S", "L40S", 6.0, 60_000, 3),
          new GpuModel("B200", "B200", 60, 420_000, 4),
          new GpuModel("RTX 4090", "4090", 3.4, 22_000, 8),
          new GpuModel("Ascend 910B", "昇腾910B", 4.5, 120_000, 4),
          new GpuModel("MI300X", "MI300X", 22, 170_000, 1));

  static final int TOTAL_WEIGHT = ALL.stream().mapToInt(GpuModel::weight).sum();
}
