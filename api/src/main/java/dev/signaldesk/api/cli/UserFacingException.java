package dev.signaldesk.api.cli;

/**
 * A failure whose message alone tells the user what happened and what to do; the CLI prints it
 * without a stack trace.
 */
class UserFacingException extends RuntimeException {
  UserFacingException(String message) {
    super(message);
  }

  UserFacingException(String message, Throwable cause) {
    super(message, cause);
  }
}
