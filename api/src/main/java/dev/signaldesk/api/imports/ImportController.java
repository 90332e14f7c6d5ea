package dev.signaldesk.api.imports;

import dev.signaldesk.api.errors.ApiErrors;
import dev.signaldesk.api.security.Access;
import dev.signaldesk.api.security.Role;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.crawler.chat.ChatImporter;
import dev.signaldesk.crawler.chat.ImportOptions;
import dev.signaldesk.crawler.chat.ImportProblem;
import dev.signaldesk.crawler.chat.ImportSummary;
import dev.signaldesk.indexer.index.ReportIndex;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code POST /api/imports}: one chat export as multipart part {@code file}, with optional parts
 * {@code format}, {@code group} and {@code timezone}. Admins only.
 *
 * <p>The server writes multipart files to disk as they arrive ({@code
 * micronaut.server.multipart.disk} in {@code application.yml}), so an upload is never held in
 * memory; a request whose length already exceeds {@code api.max-upload-bytes} is refused before the
 * route reads it, and the import itself reads the file through an {@link UploadLimit}.
 */
@Controller("/api/imports")
@Tag(name = "Imports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Access(Role.ADMIN)
@SerdeImport(ImportSummary.class)
@SerdeImport(ImportProblem.class)
public class ImportController {
  /** Room for the multipart boundaries and part headers around the file. */
  private static final long ENVELOPE_BYTES = 64 * 1024;

  private final ChatImporter importer;
  private final ReportIndex index;
  private final long maxUploadBytes;

  public ImportController(ChatImporter importer, ReportIndex index, SignalDeskConfig config) {
    this.importer = importer;
    this.index = index;
    this.maxUploadBytes = config.api().maxUploadBytes();
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import one chat export; answers what was imported, skipped and rejected",
      description = "A bad option, or a file that cannot be read or is unsafe to unpack, is a 400.")
  @ApiResponse(responseCode = "200", description = "The import summary (rejected lines included)")
  @ApiErrors.BadRequest
  @ApiResponse(responseCode = "413", description = "Larger than api.max-upload-bytes")
  @ApiResponse(responseCode = "415", description = "Not a chat export SignalDesk reads")
  @ApiErrors.KeyRequired
  public ImportSummary upload(
      HttpRequest<?> request,
      @Part("file") CompletedFileUpload file,
      @Nullable @Part("format") String format,
      @Nullable @Part("group") String group,
      @Nullable @Part("timezone") String timezone) {
    long declared = request.getContentLength();
    if (declared > maxUploadBytes + ENVELOPE_BYTES) {
      // Refused before reading a byte; the server drops the rest of the request.
      throw tooLarge();
    }
    ImportOptions options = options(format, group, timezone);
    String name =
        file.getFilename() == null || file.getFilename().isBlank() ? "upload" : file.getFilename();
    ImportSummary summary;
    UploadLimit limited;
    try (InputStream in = file.getInputStream()) {
      limited = new UploadLimit(in, maxUploadBytes);
      summary = importer.importFile(limited, name, options, index);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the upload stream", e);
    }
    if (limited.exceeded()) {
      throw tooLarge();
    }
    if (refusedWhole(summary)) {
      String reason = summary.problems().get(0).reason();
      if ("unknown".equals(summary.formatId()) && reason.startsWith("unknown format")) {
        throw new ImportRejectedException(415, "unsupported-chat-format", reason);
      }
      throw new ImportRejectedException(400, "bad-upload", reason);
    }
    return summary;
  }

  /** A file refused before any message was read (the importer's one file-level problem). */
  private static boolean refusedWhole(ImportSummary s) {
    return s.messagesRead() == 0
        && s.rejected() > 0
        && !s.problems().isEmpty()
        && s.problems().get(0).line() == 0;
  }

  private ImportRejectedException tooLarge() {
    return new ImportRejectedException(
        413,
        "upload-too-large",
        "The upload is larger than api.max-upload-bytes (" + maxUploadBytes + " bytes).");
  }

  private static ImportOptions options(String format, String group, String timezone) {
    try {
      return ImportOptionValues.apply(
          ImportOptions.defaults(), format, group, timezone, n -> "The '" + n + "' part");
    } catch (IllegalArgumentException e) {
      throw new ImportRejectedException(400, "bad-parameter", e.getMessage());
    }
  }
}
