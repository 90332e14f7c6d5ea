package dev.signaldesk.demo;

import java.util.Arrays;
import java.util.Objects;

/**
 * One chat export file of the demo corpus, handed over unparsed so that the chat importer detects
 * its format exactly as it would for a user's file.
 *
 * @param fileName the file name without directories (it carries the group name, e.g. {@code
 *     算力二手交易群.txt})
 * @param bytes the file content as stored (UTF-8)
 */
public record ChatExport(String fileName, byte[] bytes) {

  public ChatExport {
    Objects.requireNonNull(fileName, "The 'fileName' parameter must not be null.");
    Objects.requireNonNull(bytes, "The 'bytes' parameter must not be null.");
    bytes = bytes.clone();
  }

  /** A copy of the content, so callers cannot change the corpus. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  // A record compares arrays by reference; two exports with the same name and content are equal.
  @Override
  public boolean equals(Object o) {
    return o instanceof ChatExport other
        && fileName.equals(other.fileName)
        && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * fileName.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "ChatExport[fileName=" + fileName + ", bytes=" + bytes.length + " bytes]";
  }
}
