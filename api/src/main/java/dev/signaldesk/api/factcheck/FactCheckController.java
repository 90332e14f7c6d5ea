package dev.signaldesk.api.factcheck;

import dev.signaldesk.api.errors.ApiErrors;
import dev.signaldesk.api.security.Caller;
import dev.signaldesk.api.services.InvalidParameterException;
import dev.signaldesk.indexer.factcheck.FactCheckPassage;
import dev.signaldesk.indexer.factcheck.FactCheckResult;
import dev.signaldesk.indexer.factcheck.FactChecker;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/fact-check?claim=...}: where a claim was made, and where first. */
@Controller("/api/fact-check")
@Tag(name = "Fact-check")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FactCheckController {
  private final FactChecker checker;

  public FactCheckController(FactChecker checker) {
    this.checker = checker;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Find the sentences that make a claim, and its earliest source",
      description =
          "Chinese or English; numbers match by value (八成 = 80%, 7.5万 = 75,000), words with"
              + " synonyms. Chat messages are left out for callers who may not read chat. A"
              + " missing, over-long or word-less claim is a 400.")
  @ApiResponse(responseCode = "200", description = "Matching passages and the earliest source")
  @ApiErrors.BadRequest
  @ApiErrors.KeyRequired
  public FactCheckView check(
      @Parameter(description = "The claim, up to 500 characters") @Nullable @QueryValue
          String claim,
      Caller caller) {
    FactCheckResult result;
    try {
      result = checker.check(claim);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("claim", reason(e.getMessage()));
    }
    return FactCheckView.of(result, p -> caller.mayReadChat() || !isChat(p));
  }

  /** Chat report ids start with {@code chat-} ({@link dev.signaldesk.model.ReportIds#forChat}). */
  private static boolean isChat(FactCheckPassage p) {
    return p.docId() != null && p.docId().startsWith("chat-");
  }

  /** The checker's message without its own "The 'claim' parameter " opening. */
  private static String reason(String message) {
    String prefix = "The 'claim' parameter ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
