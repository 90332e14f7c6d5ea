package dev.signaldesk.api.ui;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.crawler.archive.ArchivedResponse;
import dev.signaldesk.crawler.archive.WarcArchive;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /snapshot/{id}}: the archived response body of a report, exactly as fetched. It is
 * sent as an attachment with a sandboxing CSP, so a browser never renders archived HTML (with its
 * scripts) inside our origin.
 */
@Hidden
@Controller("/snapshot")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SnapshotController {
  private final ReportIndex index;
  private final WarcArchive archive;

  public SnapshotController(ReportIndex index, DataLayout layout) {
    this.index = index;
    this.archive = new WarcArchive(layout.archive());
  }

  @Get("/{id}")
  public HttpResponse<?> snapshot(@PathVariable String id) throws IOException {
    Optional<Report> r = index.get(id).filter(x -> x.kind() == ReportKind.NEWS);
    if (r.isEmpty() || Snapshots.url(r.get()) == null) {
      return HttpResponse.notFound("No archived snapshot for " + id);
    }
    Optional<ArchivedResponse> a =
        archive.read(r.get().provenance().warcFile(), r.get().provenance().warcRecordId());
    if (a.isEmpty()) {
      return HttpResponse.notFound("The archived record of " + id + " is missing");
    }
    return HttpResponse.ok(a.get().body())
        .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .header("Content-Disposition", "attachment; filename=\"snapshot-" + safe(id) + ".html\"")
        .header("Content-Security-Policy", "sandbox; default-src 'none'");
  }

  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
