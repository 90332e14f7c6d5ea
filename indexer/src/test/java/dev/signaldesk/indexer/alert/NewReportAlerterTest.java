package dev.signaldesk.indexer.alert;

import static dev.signaldesk.indexer.alert.TestSchema.news;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NewReportAlerterTest {
  private final TestSchema schema = new TestSchema();
  private final SavedQueryMatcher matcher =
      new SavedQueryMatcher(
          schema.analyzer, schema, schema, "story", SavedQueryMatcher.DEFAULT_BATCH_SIZE);

  /** Records each (query, key) once, like the database's unique constraint. */
  private final MatchRecorder onceOnly =
      new MatchRecorder() {
        private final Set<String> seen = new HashSet<>();

        @Override
        public List<AlertMatch> record(List<AlertMatch> matches) {
          return matches.stream()
              .filter(m -> seen.add(m.savedQueryId() + "|" + m.dedupKey()))
              .toList();
        }
      };

  private final List<AlertMatch> delivered = new ArrayList<>();
  private final NewReportAlerter alerter =
      new NewReportAlerter(matcher, onceOnly, delivered::addAll);

  @AfterEach
  void close() {
    matcher.close();
  }

  @Test
  void deliversOnlyMatchesRecordedForTheFirstTime() {
    matcher.register(new SavedQuerySpec("q", "idle", null));

    alerter.accept(List.of(news("r1", "36kr", "Idle", "idle racks")));
    alerter.accept(
        List.of(news("r1", "36kr", "Idle", "idle racks"), news("r2", "36kr", "x", "idle")));

    assertThat(delivered).extracting(m -> m.report().id()).containsExactly("r1", "r2");
  }

  @Test
  void aFailingLiveListenerDoesNotLoseTheRecordedMatch() {
    matcher.register(new SavedQuerySpec("q", "idle", null));
    NewReportAlerter failing =
        new NewReportAlerter(
            matcher,
            onceOnly,
            m -> {
              throw new IllegalStateException("dashboard gone");
            });

    NewReportAlerter.Outcome outcome = failing.process(List.of(news("r1", "36kr", "t", "idle")));

    assertThat(outcome.recorded()).hasSize(1);
  }

  @Test
  void withNoSavedQueriesNothingIsMatchedOrRecorded() {
    NewReportAlerter.Outcome outcome = alerter.process(List.of(news("r1", "36kr", "t", "idle")));

    assertThat(outcome.batch().matches()).isEmpty();
    assertThat(delivered).isEmpty();
  }
}
