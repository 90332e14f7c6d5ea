package dev.signaldesk.api.services;

/** No stored report has the requested id. */
public final class DocumentNotFoundException extends RuntimeException {
  private final String id;

  public DocumentNotFoundException(String id) {
    super("No document has the id '" + id + "'.");
    this.id = id;
  }

  public String id() {
    return id;
  }
}
