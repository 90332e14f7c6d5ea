package dev.signaldesk.api.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM on this test's JDK and class path, for the SIGKILL loops: the parent kills it with
 * {@link Process#destroyForcibly()} (SIGKILL on Linux) and reads its announcements from stdout.
 */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * @param heap the child's {@code -Xmx}, e.g. {@code 384m}
   * @param main the class whose {@code main} runs
   * @param args its arguments
   */
  static ProcessBuilder of(String heap, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    // Startup dominates a run that is killed after a few seconds: C1 only, serial GC.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }
}
