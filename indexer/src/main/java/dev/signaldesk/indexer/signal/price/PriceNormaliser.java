package dev.signaldesk.indexer.signal.price;

import java.time.LocalDate;
import java.util.Map;

/**
 * Turns a stated price into the index unit: RENT per GPU-hour (a month is 730 hours, a day 24, a
 * year 8,760; a server price is divided by its GPUs; a per-PFLOPS-month price is scaled by the
 * model's PFLOPS), SALE per GPU; then into CNY and USD with the rate of the year it refers to.
 */
public final class PriceNormaliser {
  private final ExchangeRates rates;
  private final Map<String, Double> pflopsPerGpu;

  public PriceNormaliser(ExchangeRates rates, Map<String, Double> pflopsPerGpu) {
    this.rates = rates;
    this.pflopsPerGpu = Map.copyOf(pflopsPerGpu);
  }

  /** Normalised value in the stated currency, or null when it cannot be computed. */
  public Double perUnit(String model, PriceBasis basis, double amount, int gpus) {
    if (basis == PriceBasis.PER_PFLOPS_MONTH) {
      Double pf = pflopsPerGpu.get(model);
      return pf == null ? null : amount * pf / basis.hours();
    }
    double perGpu = basis.perServer() ? amount / gpus : amount;
    return basis.kind() == PriceKind.RENT ? perGpu / basis.hours() : perGpu;
  }

  public double toCny(double value, Currency currency, LocalDate date) {
    return currency == Currency.CNY ? value : value * rates.cnyPerUsd(date);
  }

  public double toUsd(double value, Currency currency, LocalDate date) {
    return currency == Currency.USD ? value : value / rates.cnyPerUsd(date);
  }
}
