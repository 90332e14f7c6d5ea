package dev.signaldesk.api.alerts;

import io.micronaut.core.annotation.Nullable;

/** A saved-query request that cannot be served; {@link SavedQueryProblemHandler} answers it. */
public abstract class SavedQueryException extends RuntimeException {

  SavedQueryException(String message) {
    super(message);
  }

  /** No saved query with that id belongs to the caller (another owner's looks the same). */
  public static final class NotFound extends SavedQueryException {
    public NotFound(String id) {
      super("No saved query '" + id + "'.");
    }
  }

  /** The request is invalid; for query syntax errors {@link #position()} is the offset. */
  public static final class Invalid extends SavedQueryException {
    private final Integer position;

    public Invalid(String message, @Nullable Integer position) {
      super(message);
      this.position = position;
    }

    @Nullable
    public Integer position() {
      return position;
    }
  }
}
