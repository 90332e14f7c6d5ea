package dev.signaldesk.crawler.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The key behind sender pseudonyms, kept in {@code <data>/secrets/chat-pseudonym.key}. Created on
 * first use with owner-only permissions (where the file system supports POSIX permissions). The
 * same key yields the same pseudonym for the same sender in every import; whoever lacks it cannot
 * test a guessed name against a pseudonym.
 */
final class PseudonymSecret {

  static final String FILE = "secrets/chat-pseudonym.key";

  private PseudonymSecret() {}

  /** Reads the key, creating it (32 random bytes, hex) if it does not exist yet. */
  static byte[] loadOrCreate(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      String hex = Files.readString(file, StandardCharsets.US_ASCII).trim();
      if (hex.length() < 32) {
        throw new IllegalStateException("The pseudonym key " + file + " is shorter than 16 bytes.");
      }
      return HexFormat.of().parseHex(hex);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the pseudonym key " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The pseudonym key " + file + " is not hex text.", e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(tmp);
    }
    Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
    try {
      // Atomic: a concurrent first import either wins or reads the winner's key.
      Files.createLink(file, tmp);
    } catch (FileAlreadyExistsException e) {
      // another import created it first; use theirs
    } catch (UnsupportedOperationException e) {
      if (!Files.exists(file)) {
        Files.move(tmp, file);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
