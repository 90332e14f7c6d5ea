package dev.signaldesk.api.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The demo's data directory, recreated fresh on every run.
 *
 * <p>Deleting is dangerous, so it is fenced twice: only a directory that is missing, empty or holds
 * a {@link DataDirLock#FILE_NAME} (the mark every writing command leaves) may be wiped, and only
 * what is inside it is deleted. Symbolic links are removed, never followed.
 */
final class DemoDataDir {
  private DemoDataDir() {}

  /**
   * @throws UserFacingException when {@code dir} exists and does not look like a data directory
   */
  static void checkWipeable(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new UserFacingException(dir + " exists and is not a directory; pass another --data.");
    }
    if (isEmpty(dir) || Files.isRegularFile(dir.resolve(DataDirLock.FILE_NAME))) {
      return;
    }
    throw new UserFacingException(
        "refusing to wipe "
            + dir
            + ": it is not empty and holds no "
            + DataDirLock.FILE_NAME
            + ", so it does not look like a SignalDesk data directory."
            + " Pass --data with a new or empty directory.");
  }

  /** Deletes everything inside {@code dir} except the lock file the caller holds. */
  static void wipeKeepingLock(Path dir) {
    Path lock = dir.resolve(DataDirLock.FILE_NAME);
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
      for (Path child : children) {
        if (!child.equals(lock)) {
          deleteTree(child);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear demo data directory " + dir + ": " + e, e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
      return !children.iterator().hasNext();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e, e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(root);
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
