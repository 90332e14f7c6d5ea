package dev.signaldesk.api.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the CLI with its output captured. */
record CliRun(int code, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SignalDeskCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
