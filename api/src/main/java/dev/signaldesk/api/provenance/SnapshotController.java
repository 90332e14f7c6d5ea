package dev.signaldesk.api.provenance;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.api.errors.ApiErrors;
import dev.signaldesk.api.security.Access;
import dev.signaldesk.api.security.Role;
import dev.signaldesk.api.services.DocumentNotFoundException;
import dev.signaldesk.crawler.archive.ArchivedResponse;
import dev.signaldesk.crawler.archive.WarcArchive;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * {@code GET /api/documents/{id}/snapshot}: the archived response body behind a document, byte for
 * byte, with its original content type.
 *
 * <p>An archived page is foreign HTML: served from our origin it could run scripts with our cookies
 * and origin. So it is always an attachment, with {@code X-Content-Type-Options: nosniff} (browsers
 * must not guess a more dangerous type) and {@code Content-Security-Policy: sandbox} (opened
 * anyway, it runs in a unique origin without scripts).
 */
@Controller("/api/documents")
@Tag(name = "Documents")
@ExecuteOn(TaskExecutors.BLOCKING)
@Access(value = Role.READER, anonymousRead = true)
public class SnapshotController {
  private final ReportIndex index;
  private final WarcArchive archive;

  public SnapshotController(ReportIndex index, DataLayout layout) {
    this.index = index;
    this.archive = new WarcArchive(layout.archive());
  }

  // Any Accept: a browser following the document page's link asks for text/html first.
  @Get(uri = "/{id}/snapshot", produces = MediaType.ALL)
  @Operation(
      summary = "The archived response body of a document, as an attachment",
      description = "A 404 also when the document has no archived snapshot (chat messages).")
  @ApiResponse(responseCode = "200", description = "The archived body with its original type")
  @ApiErrors.NotFound
  public HttpResponse<byte[]> snapshot(@PathVariable String id) {
    Report report = index.get(id).orElseThrow(() -> new DocumentNotFoundException(id));
    Provenance p = report.provenance();
    if (p == null || p.warcFile() == null || p.warcRecordId() == null) {
      throw new SnapshotNotFoundException(id, "it was not fetched (no archived response)");
    }
    ArchivedResponse response = read(id, p);
    String type = response.contentType() == null ? p.contentType() : response.contentType();
    MediaType mediaType = mediaType(type);
    return HttpResponse.ok(response.body())
        .contentType(mediaType)
        .header("Content-Disposition", "attachment; filename=\"" + fileName(id, mediaType) + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header("X-SignalDesk-Warc-Record", p.warcRecordId());
  }

  private ArchivedResponse read(String id, Provenance p) {
    Optional<ArchivedResponse> found;
    try {
      found = archive.read(p.warcFile(), p.warcRecordId());
    } catch (NoSuchFileException e) {
      throw new SnapshotNotFoundException(id, "its WARC file " + p.warcFile() + " is missing");
    } catch (IOException | IllegalArgumentException e) {
      throw new SnapshotNotFoundException(id, "its WARC record cannot be read");
    }
    return found.orElseThrow(
        () ->
            new SnapshotNotFoundException(
                id, "record " + p.warcRecordId() + " is not in " + p.warcFile()));
  }

  private static MediaType mediaType(String type) {
    if (type == null || type.isBlank()) {
      return MediaType.APPLICATION_OCTET_STREAM_TYPE;
    }
    try {
      return MediaType.of(type);
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_OCTET_STREAM_TYPE;
    }
  }

  /** Ids are {@code [a-z0-9-]}: safe in a header without quoting tricks. */
  private static String fileName(String id, MediaType type) {
    String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
    String ext =
        switch (type.getSubtype()) {
          case "html" -> ".html";
          case "xml", "rss+xml", "atom+xml" -> ".xml";
          case "json" -> ".json";
          case "plain" -> ".txt";
          default -> ".bin";
        };
    return "snapshot-" + safe + ext;
  }
}
