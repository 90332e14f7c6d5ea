package dev.signaldesk.indexer.search;

import java.util.Objects;

/**
 * An inclusive range filter on a {@code DoubleField} registered in the {@link QueryFieldRegistry}
 * (e.g. {@code price_cny_gpu_hour}, {@code sentiment}). A multi-valued field matches when any value
 * falls in the range.
 *
 * @param field the field name
 * @param min the lower bound; null for none
 * @param max the upper bound; null for none
 */
public record NumericRange(String field, Double min, Double max) {

  public NumericRange {
    Objects.requireNonNull(field, "The 'field' parameter must not be null.");
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException(
          "The range on '" + field + "' has min " + min + " above max " + max);
    }
  }
}
