package dev.signaldesk.api.controllers;

import dev.signaldesk.api.errors.ApiErrors;
import dev.signaldesk.api.model.Problem;
import dev.signaldesk.api.model.SearchResponse;
import dev.signaldesk.api.security.Caller;
import dev.signaldesk.api.services.SearchGateway;
import dev.signaldesk.api.services.SearchParameters;
import dev.signaldesk.api.services.SignalFilters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * {@code GET /api/search}: full-text search with filters (including signal filters), facets, story
 * collapse and cursor paging.
 */
@Controller("/api/search")
@Tag(name = "Search")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SearchController {
  private final SearchGateway search;

  public SearchController(SearchGateway search) {
    this.search = search;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Search news and chat reports",
      description =
          "Chinese and English full text with synonyms (Nvidia finds 英伟达); matched words are"
              + " wrapped in <mark> in the snippet. Bad query syntax is a 400 whose detail gives"
              + " the position.")
  @ApiResponse(responseCode = "200", description = "One page of hits with facets")
  @ApiResponse(
      responseCode = "503",
      description = "The search ran longer than api.search-timeout",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @ApiErrors.BadRequest
  public SearchResponse search(
      @Parameter(description = "Query: words, \"phrases\", AND/OR/NOT, field:value")
          @Nullable
          @QueryValue
          String q,
      @Parameter(description = "Source id to keep; repeat for several") @Nullable @QueryValue
          List<String> source,
      @Parameter(description = "news or chat") @Nullable @QueryValue String kind,
      @Parameter(description = "Date (2024-01-31, China time) or ISO instant; inclusive")
          @Nullable
          @QueryValue
          String from,
      @Parameter(description = "Date (whole day, China time) or ISO instant; inclusive")
          @Nullable
          @QueryValue
          String to,
      @Parameter(description = "relevance (default) or newest") @Nullable @QueryValue String sort,
      @Parameter(description = "Page size, 1-100 (default 10)") @Nullable @QueryValue Integer limit,
      @Parameter(description = "nextCursor of the previous page") @Nullable @QueryValue
          String cursor,
      @Parameter(description = "GPU model (H100, 昇腾910B ...); repeat for any of several")
          @Nullable
          @QueryValue
          List<String> model,
      @Parameter(description = "Offer side: sell, buy or neutral") @Nullable @QueryValue
          String side,
      @Parameter(description = "Signal type (price, change, sell, buy); repeat for any")
          @Nullable
          @QueryValue
          List<String> signal,
      @Parameter(description = "Lowest rent in CNY per GPU-hour") @Nullable @QueryValue
          Double minPrice,
      @Parameter(description = "Highest rent in CNY per GPU-hour") @Nullable @QueryValue
          Double maxPrice,
      @Parameter(description = "Lowest sentiment, -1 to 1") @Nullable @QueryValue
          Double minSentiment,
      @Parameter(description = "Highest sentiment, -1 to 1") @Nullable @QueryValue
          Double maxSentiment,
      @Parameter(description = "One hit per story (default true); false lists reposts too")
          @Nullable
          @QueryValue
          Boolean collapse,
      @Parameter(
              description =
                  "Count facets over the whole result (default true; over 20,000 matches they are"
                      + " estimated from an even sample, facetsSampled: true); false saves that"
                      + " pass when paging through hits, and then the total is exact up to 10,000"
                      + " only (totalExact)")
          @Nullable
          @QueryValue
          Boolean facets,
      Caller caller) {
    return search.search(
        new SearchParameters(q, source, kind, from, to, sort, limit, cursor)
            .visibleTo(caller.mayReadChat()),
        new SignalFilters(
            model, side, signal, minPrice, maxPrice, minSentiment, maxSentiment, collapse),
        facets == null || facets);
  }
}
