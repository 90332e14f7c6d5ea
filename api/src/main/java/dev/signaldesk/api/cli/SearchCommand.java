package dev.signaldesk.api.cli;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.api.model.SearchResponse;
import dev.signaldesk.api.services.ApiJson;
import dev.signaldesk.api.services.InvalidParameterException;
import dev.signaldesk.api.services.SearchGateway;
import dev.signaldesk.api.services.SearchParameters;
import dev.signaldesk.api.signals.SignalWiring;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.index.IndexException;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.search.QuerySyntaxException;
import dev.signaldesk.indexer.search.SearchService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code signaldesk search QUERY}: searches the index read-only, so it works while a server holds
 * the data directory (it sees the server's last commit).
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index (read-only; works while a server runs).")
final class SearchCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "Query words; several are joined with spaces. None lists everything.")
  List<String> query = new ArrayList<>();

  @Option(names = "--json", description = "Print exactly the JSON of GET /api/search")
  boolean json;

  @Option(names = "--source", paramLabel = "S", description = "Keep this source id (repeatable)")
  List<String> sources = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "news|chat", description = "Keep one kind")
  String kind;

  @Option(names = "--from", paramLabel = "DATE", description = "From this date or ISO instant")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Up to this date (inclusive)")
  String to;

  @Option(names = "--limit", paramLabel = "N", description = "Hits per page (1-100, default 10)")
  Integer limit;

  @Option(names = "--sort", paramLabel = "relevance|newest", description = "Order of hits")
  String sort;

  @Option(names = "--cursor", paramLabel = "C", description = "nextCursor of the previous page")
  String cursor;

  @Override
  public Integer call() throws IOException {
    SignalDeskConfig config = data.loadConfig();
    DataLayout layout = new DataLayout(data.dataDir());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(layout.index())) {
      err.println(
          "signaldesk search: no index at "
              + layout.index()
              + ". Run 'signaldesk demo' or 'signaldesk crawl' first, or pass --data.");
      return ExitCodes.FAILURE;
    }
    String q = String.join(" ", query);
    SearchParameters params = new SearchParameters(q, sources, kind, from, to, sort, limit, cursor);
    try (ReportIndex index =
        ReportIndex.openReadOnly(
            layout.index(), config.index(), SignalWiring.contributors(config, Clock.systemUTC()))) {
      SearchService service = new SearchService(index, SignalWiring.queryFields(config));
      SearchResponse response = new SearchGateway(service).search(params);
      if (json) {
        out.println(ApiJson.write(response));
      } else {
        TerminalResults.forThisProcess().print(response, q, out);
      }
      return ExitCodes.OK;
    } catch (QuerySyntaxException e) {
      err.println("signaldesk search: " + e.getMessage());
      err.println("  " + q);
      err.println("  " + " ".repeat(Math.max(0, Math.min(e.position(), q.length()))) + "^");
      return ExitCodes.USAGE;
    } catch (InvalidParameterException e) {
      err.println("signaldesk search: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IndexException e) {
      err.println("signaldesk search: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
  }
}
