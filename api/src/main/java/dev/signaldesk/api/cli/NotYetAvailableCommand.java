package dev.signaldesk.api.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A command whose library has not been wired into this build yet ({@code import}, {@code crawl},
 * ...). It accepts any arguments, says so, and exits with {@link ExitCodes#USAGE}, so scripts
 * written against the final CLI fail loudly rather than silently doing nothing.
 */
@Command(mixinStandardHelpOptions = true)
final class NotYetAvailableCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Unmatched List<String> ignored;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("signaldesk " + spec.name() + ": not yet available in this build");
    return ExitCodes.USAGE;
  }
}
