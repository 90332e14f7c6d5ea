package dev.signaldesk.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);

  @TempDir Path tmp;

  @Test
  void recordsPidCommandAndStartTimeInTheLockFile() throws Exception {
    Path data = tmp.resolve("data");
    try (DataDirLock lock = DataDirLock.acquire(data, "serve", CLOCK)) {
      String text = Files.readString(data.resolve(DataDirLock.FILE_NAME));
      assertThat(LockHolder.parse(text))
          .isEqualTo(new LockHolder(ProcessHandle.current().pid(), "serve", CLOCK.instant()));
    }
  }

  @Test
  void secondWriterInAnotherProcessIsToldWhoHoldsTheDirectory() throws Exception {
    Path data = tmp.resolve("data");
    try (ChildLockHolder child = ChildLockHolder.start(data, "serve")) {
      assertThatThrownBy(() -> DataDirLock.acquire(data, "import", CLOCK))
          .isInstanceOfSatisfying(
              DataDirLockedException.class,
              e -> {
                assertThat(e.holder().pid()).isEqualTo(child.pid());
                assertThat(e.holder().command()).isEqualTo("serve");
                assertThat(e.holder().since()).isNotNull();
                assertThat(e.getMessage())
                    .contains("process " + child.pid())
                    .contains("signaldesk serve")
                    .contains("another --data")
                    .contains("Read-only commands");
              });
    }
  }

  @Test
  void lockIsFreeAgainOnceTheHolderExits() throws Exception {
    Path data = tmp.resolve("data");
    try (ChildLockHolder child = ChildLockHolder.start(data, "demo")) {
      assertThatThrownBy(() -> DataDirLock.acquire(data, "serve", CLOCK))
          .isInstanceOf(DataDirLockedException.class);
    }
    try (DataDirLock lock = DataDirLock.acquire(data, "serve", CLOCK)) {
      assertThat(lock.holder().command()).isEqualTo("serve");
    }
  }

  @Test
  void serveCommandRefusesALockedDirectoryWithAClearMessageAndNoStackTrace() throws Exception {
    Path data = tmp.resolve("data");
    try (ChildLockHolder child = ChildLockHolder.start(data, "demo")) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          SignalDeskCli.run(
              new PrintWriter(out),
              new PrintWriter(err),
              "serve",
              "--data",
              data.toString(),
              "--port",
              "0");
      assertThat(code).isEqualTo(ExitCodes.FAILURE);
      assertThat(err.toString())
          .contains("is in use by process " + child.pid())
          .contains("signaldesk demo")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void halfWrittenHolderFileStillYieldsAMessage() {
    LockHolder unknown = LockHolder.parse("pid=abc\n");
    assertThat(unknown.describe()).isEqualTo("another process (signaldesk unknown)");
  }
}
