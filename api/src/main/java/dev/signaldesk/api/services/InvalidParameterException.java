package dev.signaldesk.api.services;

/** A request parameter that parses as text but not as what it must be (a date, a kind, ...). */
public final class InvalidParameterException extends RuntimeException {
  private final String parameter;

  public InvalidParameterException(String parameter, String reason) {
    super("The '" + parameter + "' parameter " + reason);
    this.parameter = parameter;
  }

  /** The name of the offending parameter, as the caller wrote it. */
  public String parameter() {
    return parameter;
  }
}
