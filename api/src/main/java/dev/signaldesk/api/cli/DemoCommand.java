package dev.signaldesk.api.cli;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.api.demo.DemoLoader;
import dev.signaldesk.crawler.chat.ChatImporter;
import dev.signaldesk.demo.DemoCorpus;
import dev.signaldesk.model.ReportSink;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code signaldesk demo}: a fresh data directory (default {@code ./data/demo}) filled with the
 * bundled demo corpus, then served until stopped.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Load the bundled demo corpus into a fresh index and serve it (Ctrl-C stops).",
      "The data directory (default ./data/demo) is wiped first; only a SignalDesk data"
          + " directory (or an empty one) is ever wiped."
    })
final class DemoCommand implements Callable<Integer> {
  static final Path DEFAULT_DATA = Path.of("data", "demo");

  @Mixin DataOptions data;
  @Mixin PortOption port;
  @Spec CommandSpec spec;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws InterruptedException {
    try (Session session = start()) {
      session.server().awaitStop();
    }
    return ExitCodes.OK;
  }

  /**
   * Wipes and locks the data directory, starts the server and loads the corpus through it; the
   * caller closes the session to stop the server and release the lock.
   */
  Session start() {
    data.loadConfig(); // a bad config file is reported before anything is wiped
    Path dir = data.dataDir(DEFAULT_DATA);
    PrintWriter out = spec.commandLine().getOut();
    DemoDataDir.checkWipeable(dir);
    DataDirLock lock = DataDirLock.acquire(dir, "demo", clock);
    ApiServer server = null;
    try {
      DemoDataDir.wipeKeepingLock(dir);
      DemoCorpus corpus = DemoCorpus.load();
      server = ApiServer.start(dir, data.config, port.port);
      DemoLoader.Loaded loaded =
          new DemoLoader(
                  server.context().getBean(ReportSink.class),
                  server.context().getBean(ChatImporter.class),
                  new DataLayout(dir).archive(),
                  clock)
              .load(corpus);
      printWelcome(out, server.url(), dir, loaded);
      return new Session(lock, server);
    } catch (RuntimeException e) {
      if (server != null) {
        server.close();
      }
      lock.close();
      throw e;
    }
  }

  /** A running demo: the server and the lock it runs under. */
  record Session(DataDirLock lock, ApiServer server) implements AutoCloseable {
    @Override
    public void close() {
      try (lock) {
        server.close();
      }
    }
  }

  static void printWelcome(PrintWriter out, URL url, Path dir, DemoLoader.Loaded loaded) {
    String base = url.toString().replaceAll("/$", "");
    out.println(
        "SignalDesk demo: "
            + loaded.news()
            + " news reports and "
            + loaded.chatMessages()
            + " chat messages ("
            + loaded.chats().size()
            + " exports, senders pseudonymised) indexed in "
            + dir);
    out.println();
    out.println("  API:     " + base + "/api/search?q=H100");
    out.println("  OpenAPI: " + base + "/swagger/signaldesk-0.1.yml");
    out.println("  Prices:  " + base + "/api/signals/prices?model=H100&kind=rent&interval=month");
    out.println();
    out.println("Try:");
    out.println("  curl '" + base + "/api/search?q=%E6%8A%9B%E5%94%AE'          # 抛售 (sell-off)");
    out.println("  curl '" + base + "/api/search?q=Nvidia&sort=newest&limit=5'  # finds 英伟达 too");
    out.println("  curl '" + base + "/health'");
    out.println();
    out.println("Ctrl-C stops the server. The index stays in " + dir + " (search it with");
    out.println("  ./signaldesk search H100 --data " + dir + ")");
    out.flush();
  }
}
