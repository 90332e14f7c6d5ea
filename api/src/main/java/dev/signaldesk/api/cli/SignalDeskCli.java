package dev.signaldesk.api.cli;

/** Entry point of the runnable jar. Placeholder until the CLI lands. */
public final class SignalDeskCli {
  private SignalDeskCli() {}

  public static void main(String[] args) {
    System.out.println("SignalDesk");
  }
}
