package dev.signaldesk.api.alerts;

import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.indexer.alert.AlertMatch;
import io.micronaut.http.sse.Event;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Live delivery for Server-Sent Events. The database stays the source of truth: a new match only
 * wakes the streams of its saved query, which then read every match after their cursor from the
 * outbox. A stream therefore never skips a match, whether it was recorded before the subscription
 * (replay after {@code Last-Event-ID}), during it, or while a wake-up was dropped (a periodic
 * wake-up catches up).
 *
 * <p>Every {@code alerts.sse-keep-alive} (default 15 s) a stream also gets a comment line ({@code :
 * keep-alive}): proxies and load balancers close connections that stay silent, and a saved query
 * may go days without a match. A comment carries no data, so EventSource clients dispatch nothing
 * (Micronaut's own Java SSE client fails on it: {@code 0s} switches keep-alives off).
 */
@Singleton
public final class MatchBroadcaster implements Consumer<List<AlertMatch>> {
  /** Streams re-check the outbox at least this often. */
  static final Duration RECHECK = Duration.ofSeconds(15);

  /** The comment text of a keep-alive. */
  static final String KEEP_ALIVE = "keep-alive";

  private static final int PAGE = 100;

  private final Sinks.Many<String> wakeUps = Sinks.many().multicast().directBestEffort();
  private final MatchStore store;
  private final Duration keepAlive;

  public MatchBroadcaster(MatchStore store, SignalDeskConfig config) {
    this.store = store;
    this.keepAlive = config.alerts().sseKeepAlive();
  }

  @Override
  public void accept(List<AlertMatch> recorded) {
    recorded.stream()
        .map(AlertMatch::savedQueryId)
        .distinct()
        .forEach(id -> wakeUps.tryEmitNext(id));
  }

  /**
   * The saved query's matches after {@code afterSeq} as SSE events (id = seq, name = match),
   * followed by every new one as it is recorded, with a keep-alive comment in between.
   */
  public Flux<Event<?>> stream(String savedQueryId, long afterSeq) {
    if (keepAlive.isZero()) {
      return matches(savedQueryId, afterSeq);
    }
    // Empty data: the server's SSE encoder then writes the comment line alone.
    Flux<Event<?>> keepAlives =
        Flux.interval(keepAlive, keepAlive).<Event<?>>map(t -> Event.of("").comment(KEEP_ALIVE));
    return Flux.merge(matches(savedQueryId, afterSeq), keepAlives);
  }

  private Flux<Event<?>> matches(String savedQueryId, long afterSeq) {
    AtomicLong cursor = new AtomicLong(afterSeq);
    Flux<String> triggers =
        Flux.merge(
            Flux.just(savedQueryId),
            wakeUps.asFlux().filter(savedQueryId::equals),
            Flux.interval(RECHECK).map(t -> savedQueryId));
    return triggers
        .onBackpressureLatest()
        .concatMap(
            t ->
                Flux.defer(() -> Flux.fromIterable(readAfter(savedQueryId, cursor)))
                    .subscribeOn(Schedulers.boundedElastic()),
            1)
        .<Event<?>>map(m -> Event.of(m).id(Long.toString(m.seq())).name("match"));
  }

  private List<MatchView> readAfter(String savedQueryId, AtomicLong cursor) {
    List<MatchView> all = new java.util.ArrayList<>();
    List<MatchView> page;
    do {
      page = store.after(savedQueryId, cursor.get(), PAGE);
      if (!page.isEmpty()) {
        cursor.set(page.get(page.size() - 1).seq());
        all.addAll(page);
      }
    } while (page.size() == PAGE);
    return all;
  }
}
