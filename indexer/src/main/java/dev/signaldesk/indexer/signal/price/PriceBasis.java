package dev.signaldesk.indexer.signal.price;

/**
 * What one stated price pays for. Rent bases carry the hours they span (a month is 730 hours, a
 * year 8,760); server bases are divided by the GPUs in the server.
 */
public enum PriceBasis {
  PER_GPU_HOUR(PriceKind.RENT, false, 1),
  PER_GPU_DAY(PriceKind.RENT, false, 24),
  PER_GPU_MONTH(PriceKind.RENT, false, 730),
  PER_GPU_YEAR(PriceKind.RENT, false, 8760),
  PER_SERVER_HOUR(PriceKind.RENT, true, 1),
  PER_SERVER_DAY(PriceKind.RENT, true, 24),
  PER_SERVER_MONTH(PriceKind.RENT, true, 730),
  PER_SERVER_YEAR(PriceKind.RENT, true, 8760),
  PER_PFLOPS_MONTH(PriceKind.RENT, false, 730),
  PER_GPU(PriceKind.SALE, false, 0),
  PER_SERVER(PriceKind.SALE, true, 0);

  private final PriceKind kind;
  private final boolean server;
  private final int hours;

  PriceBasis(PriceKind kind, boolean server, int hours) {
    this.kind = kind;
    this.server = server;
    this.hours = hours;
  }

  public PriceKind kind() {
    return kind;
  }

  /** True if the price is for a whole server and must be divided by its GPUs. */
  public boolean perServer() {
    return server;
  }

  /** Hours the price covers (RENT), 0 for SALE. */
  public int hours() {
    return hours;
  }

  /** The basis for a rent period ({@code hours}) or a sale ({@code hours == 0}). */
  static PriceBasis of(int hours, boolean server) {
    for (PriceBasis b : values()) {
      if (b.hours == hours && b.server == server && b != PER_PFLOPS_MONTH) {
        return b;
      }
    }
    throw new IllegalArgumentException("no basis for " + hours + " hours, server=" + server);
  }
}
