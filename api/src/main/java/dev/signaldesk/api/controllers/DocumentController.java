package dev.signaldesk.api.controllers;

import dev.signaldesk.api.errors.ApiErrors;
import dev.signaldesk.api.model.DocumentView;
import dev.signaldesk.api.services.DocumentNotFoundException;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/documents/{id}}: one stored report with all its fields and provenance. */
@Controller("/api/documents")
@Tag(name = "Documents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DocumentController {
  private final ReportIndex index;

  public DocumentController(ReportIndex index) {
    this.index = index;
  }

  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "The full report, including where its bytes came from")
  @ApiResponse(responseCode = "200", description = "The report")
  @ApiErrors.NotFound
  public DocumentView get(@PathVariable String id) {
    return index.get(id).map(DocumentView::of).orElseThrow(() -> new DocumentNotFoundException(id));
  }
}
