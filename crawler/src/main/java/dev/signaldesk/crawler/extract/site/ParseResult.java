package dev.signaldesk.crawler.extract.site;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a site parser: a value, or the reason there is none.
 *
 * @param value the parsed value; null on failure
 * @param failure why parsing failed; null on success
 */
public record ParseResult<T>(T value, String failure) {

  public ParseResult {
    if ((value == null) == (failure == null)) {
      throw new IllegalArgumentException("Exactly one of 'value' and 'failure' must be set.");
    }
  }

  public static <T> ParseResult<T> ok(T value) {
    return new ParseResult<>(Objects.requireNonNull(value, "The 'value' must not be null."), null);
  }

  public static <T> ParseResult<T> failed(String reason) {
    return new ParseResult<>(
        null, Objects.requireNonNull(reason, "The 'reason' must not be null."));
  }

  public boolean isOk() {
    return value != null;
  }

  public Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }
}
