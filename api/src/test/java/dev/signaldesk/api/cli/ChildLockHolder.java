package dev.signaldesk.api.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A child JVM holding a data directory's lock, as a running server would. */
final class ChildLockHolder implements AutoCloseable {
  private final Process process;

  private ChildLockHolder(Process process) {
    this.process = process;
  }

  static ChildLockHolder start(Path dataDir, String command) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    LockHolderMain.class.getName(),
                    dataDir.toString(),
                    command))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine(); // blocks until the child holds the lock (or dies)
    if (!"locked".equals(line)) {
      p.destroyForcibly();
      throw new IllegalStateException("child did not take the lock, said: " + line);
    }
    return new ChildLockHolder(p);
  }

  long pid() {
    return process.pid();
  }

  /** Closes the child's stdin, which makes it release the lock and exit. */
  @Override
  public void close() throws Exception {
    process.getOutputStream().close();
    process.waitFor();
  }
}
