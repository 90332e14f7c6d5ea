package dev.signaldesk.api.cli;

import dev.signaldesk.config.ConfigException;
import dev.signaldesk.indexer.index.IndexException;
import io.micronaut.http.server.exceptions.ServerStartupException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the runnable jar: {@code signaldesk <command> [options]}.
 *
 * <p>Every failure the user can fix is printed as one or two lines and an exit code (see {@link
 * ExitCodes}); stack traces appear only for unexpected errors when {@code SIGNALDESK_DEBUG} is set.
 */
@Command(
    name = "signaldesk",
    mixinStandardHelpOptions = true,
    version = "SignalDesk 0.1.0",
    description = "News and market signals for the Chinese AI-compute market.",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      ImportCommand.class,
      ExtractCommand.class,
      ArticleCommand.class,
      CrawlCommand.class,
      ReindexCommand.class,
    })
public final class SignalDeskCli implements Runnable {
  private static final String[][] NOT_YET_AVAILABLE = {};

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  SignalDeskCli() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    System.exit(run(out, err, args));
  }

  /**
   * Runs one command line and returns its exit code; {@code serve} and {@code demo} return only
   * when the server shuts down.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(out, err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SignalDeskCli());
    for (String[] pending : NOT_YET_AVAILABLE) {
      CommandLine sub = new CommandLine(new NotYetAvailableCommand());
      sub.getCommandSpec().usageMessage().description(pending[1] + " (not yet available)");
      cli.addSubcommand(pending[0], sub);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> report(e, commandLine.getErr()));
    return cli;
  }

  /** Prints what went wrong in words the user can act on and picks the exit code. */
  static int report(Exception e, PrintWriter err) {
    ConfigException config = causeOfType(e, ConfigException.class);
    if (config != null) {
      err.println("config error: " + config.getMessage());
      return ExitCodes.USAGE;
    }
    DataDirLockedException locked = causeOfType(e, DataDirLockedException.class);
    if (locked != null) {
      err.println("signaldesk: " + locked.getMessage());
      return ExitCodes.FAILURE;
    }
    if (e instanceof UserFacingException) {
      err.println("signaldesk: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    IndexException index = causeOfType(e, IndexException.class);
    if (index != null) {
      err.println("signaldesk: " + index.getMessage());
      return ExitCodes.FAILURE;
    }
    ServerStartupException startup = causeOfType(e, ServerStartupException.class);
    if (startup != null) {
      String bind = causeOfType(e, BindException.class) != null ? " (the port is in use)" : "";
      err.println(
          "signaldesk: " + startup.getMessage() + bind + "; pass --port with a free port, or 0");
      return ExitCodes.FAILURE;
    }
    err.println("signaldesk: unexpected error: " + e);
    if (System.getenv("SIGNALDESK_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set SIGNALDESK_DEBUG=1 to see the stack trace)");
    }
    return ExitCodes.FAILURE;
  }

  /**
   * Finds {@code type} in the cause chain: Micronaut wraps factory failures several levels deep.
   */
  static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
