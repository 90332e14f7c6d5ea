package dev.signaldesk.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

  @Test
  void aLargeFilePrintsOneLinePerTenth() {
    StringWriter err = new StringWriter();
    TerminalProgress p = new TerminalProgress("big.csv", new PrintWriter(err));
    long total = 40L << 20;

    for (long read = 1L << 20; read <= total; read += 1L << 20) {
      p.progress(read, total);
    }
    p.done();

    assertThat(err.toString().lines()).hasSize(10);
    assertThat(err.toString()).contains("big.csv: 10% (4 of 40 MiB)").contains("big.csv: 100%");
  }

  @Test
  void aSmallFilePrintsNothing() {
    StringWriter err = new StringWriter();
    TerminalProgress p = new TerminalProgress("small.csv", new PrintWriter(err));

    p.progress(1L << 20, 2L << 20);
    p.done();

    assertThat(err.toString()).isEmpty();
  }
}
