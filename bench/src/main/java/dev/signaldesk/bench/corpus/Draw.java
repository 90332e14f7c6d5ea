package dev.signaldesk.bench.corpus;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The random choices of one document: a seeded generator plus the helpers the phrasebook uses. */
final class Draw {
  private final SplittableRandom random;

  Draw(SplittableRandom random) {
    this.random = random;
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int between(int lo, int hiInclusive) {
    return lo + random.nextInt(hiInclusive - lo + 1);
  }

  double uniform() {
    return random.nextDouble();
  }

  /** A model, weighted by how often the market talks about it. */
  GpuModel model() {
    int r = random.nextInt(GpuModel.TOTAL_WEIGHT);
    for (GpuModel m : GpuModel.ALL) {
      r -= m.weight();
      if (r < 0) {
        return m;
      }
    }
    return GpuModel.ALL.get(0);
  }

  /**
   * {@code value} moved by up to ±{@code spread} (a fraction), as quotes scatter around a level.
   */
  double jitter(double value, double spread) {
    return value * (1 + (random.nextDouble() * 2 - 1) * spread);
  }

  /** One decimal, without a trailing ".0". */
  static String decimal(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Grouped integer ("75,000"). */
  static String grouped(double value) {
    return String.format(Locale.ROOT, "%,d", Math.round(value));
  }
}
