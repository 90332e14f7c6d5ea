package dev.signaldesk.api.crawl;

import dev.signaldesk.api.security.Access;
import dev.signaldesk.api.security.Role;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** {@code GET /api/crawl/status}: what the scheduled passes of {@code serve} did (admins). */
@Controller("/api/crawl")
@Tag(name = "Crawl")
@Access(Role.ADMIN)
@Requires(beans = CrawlScheduler.class)
public class CrawlStatusController {
  private final CrawlScheduler scheduler;

  public CrawlStatusController(CrawlScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Get(uri = "/status", produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "Passes, failures and last results of each scheduled source")
  public List<ScheduledCrawls.Status> status() {
    return scheduler.status();
  }
}
