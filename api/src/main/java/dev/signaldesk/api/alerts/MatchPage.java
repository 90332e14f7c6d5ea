package dev.signaldesk.api.alerts;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of {@code GET /api/saved-queries/{id}/matches}.
 *
 * @param matches oldest first
 * @param nextCursor pass as {@code since} to get the matches after this page (the same value when
 *     there are none yet: poll with it)
 */
@Serdeable
public record MatchPage(List<MatchView> matches, String nextCursor) {}
