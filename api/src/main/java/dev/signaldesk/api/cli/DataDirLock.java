package dev.signaldesk.api.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * The exclusive lock a writing command holds on {@code <data>/signaldesk.lock} for as long as it
 * runs.
 *
 * <p>The operating system releases a {@link FileLock} when its process dies, so a crashed server
 * never leaves a stale lock behind; the file itself stays as the mark of a SignalDesk data
 * directory. The holder's pid, command and start time are written into the file so a refused
 * process can say who is in the way.
 */
public final class DataDirLock implements AutoCloseable {
  /** The lock file's name inside the data directory. */
  public static final String FILE_NAME = "signaldesk.lock";

  private final FileChannel channel;
  private final FileLock lock;
  private final LockHolder holder;

  private DataDirLock(FileChannel channel, FileLock lock, LockHolder holder) {
    this.channel = channel;
    this.lock = lock;
    this.holder = holder;
  }

  /**
   * Creates the data directory if needed and takes its lock.
   *
   * @param command the command taking it, recorded for whoever is refused later
   * @throws DataDirLockedException when another process (or this one) already holds it
   * @throws UncheckedIOException when the directory or file cannot be created
   */
  public static DataDirLock acquire(Path dataDir, String command, Clock clock) {
    Path file = dataDir.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      Files.createDirectories(dataDir);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        LockHolder other = LockHolder.parse(readAll(channel));
        channel.close();
        throw new DataDirLockedException(dataDir, other);
      }
      LockHolder me = new LockHolder(ProcessHandle.current().pid(), command, clock.instant());
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(me.toFileText().getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new DataDirLock(channel, lock, me);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock data directory " + dataDir + ": " + e, e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // Held by this very JVM (another command object); report it like any other holder.
      return null;
    }
  }

  private static String readAll(FileChannel channel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
    channel.read(buf, 0);
    return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Already failing; the original exception says more.
      }
    }
  }

  public LockHolder holder() {
    return holder;
  }

  /** Clears the holder record and releases the lock; the (empty) file stays as a marker. */
  @Override
  public void close() {
    try (channel) {
      channel.truncate(0);
      lock.release();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release data directory lock: " + e, e);
    }
  }
}
