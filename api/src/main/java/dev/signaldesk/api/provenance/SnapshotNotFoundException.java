package dev.signaldesk.api.provenance;

/** A document exists but has no archived response to show. */
public final class SnapshotNotFoundException extends RuntimeException {
  public SnapshotNotFoundException(String id, String why) {
    super("Document '" + id + "' has no archived snapshot: " + why + ".");
  }
}
