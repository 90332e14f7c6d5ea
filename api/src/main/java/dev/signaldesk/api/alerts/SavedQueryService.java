package dev.signaldesk.api.alerts;

import dev.signaldesk.indexer.alert.SavedQueryMatcher;
import dev.signaldesk.indexer.search.QuerySyntaxException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Saved queries of one owner: validated (the query parses, the filters are known, the webhook
 * target is allowed) before anything is stored, kept in step with the matcher.
 */
@Singleton
public final class SavedQueryService {
  static final int MAX_NAME = 200;
  static final int MAX_URL = 2000;

  private final SavedQueryStore store;
  private final SavedQueryMatcher matcher;
  private final WebhookTargetGuard guard;
  private final Clock clock;

  SavedQueryService(
      SavedQueryStore store, SavedQueryMatcher matcher, WebhookTargetGuard guard, Clock clock) {
    this.store = store;
    this.matcher = matcher;
    this.guard = guard;
    this.clock = clock;
  }

  /** Creates the query; the view carries the webhook secret, shown this once. */
  public SavedQueryView create(String owner, SavedQueryRequest req) {
    Instant now = clock.instant();
    String webhook = webhookUrl(req);
    SavedQuery q =
        new SavedQuery(
            UUID.randomUUID().toString(),
            owner,
            name(req),
            query(req),
            filters(req),
            webhook,
            webhook == null ? null : WebhookSigner.newSecret(),
            now,
            now);
    register(q);
    try {
      store.insert(q);
    } catch (RuntimeException e) {
      matcher.remove(q.id());
      throw e;
    }
    return SavedQueryView.of(q, true);
  }

  /**
   * Replaces name, query, filters and webhook. The webhook secret is kept; a query that gets its
   * first webhook gets a new secret, returned in this response only.
   */
  public SavedQueryView update(String owner, String id, SavedQueryRequest req) {
    SavedQuery old = get(owner, id);
    String webhook = webhookUrl(req);
    boolean newSecret = webhook != null && old.webhookSecret() == null;
    String secret =
        webhook == null ? null : newSecret ? WebhookSigner.newSecret() : old.webhookSecret();
    SavedQuery q =
        new SavedQuery(
            id,
            owner,
            name(req),
            query(req),
            filters(req),
            webhook,
            secret,
            old.createdAt(),
            clock.instant());
    register(q);
    if (!store.update(q)) {
      throw new SavedQueryException.NotFound(id);
    }
    return SavedQueryView.of(q, newSecret);
  }

  public SavedQuery get(String owner, String id) {
    return store.find(owner, id).orElseThrow(() -> new SavedQueryException.NotFound(id));
  }

  public List<SavedQueryView> list(String owner) {
    return store.list(owner).stream().map(q -> SavedQueryView.of(q, false)).toList();
  }

  /** Deletes the query with its matches and pending deliveries. */
  public void delete(String owner, String id) {
    if (!store.delete(owner, id)) {
      throw new SavedQueryException.NotFound(id);
    }
    matcher.remove(id);
  }

  /** Compiles and registers: a query that does not parse is refused with its position. */
  private void register(SavedQuery q) {
    try {
      matcher.register(AlertsStartup.spec(q));
    } catch (QuerySyntaxException e) {
      throw new SavedQueryException.Invalid(e.getMessage(), e.position());
    } catch (IllegalArgumentException e) {
      throw new SavedQueryException.Invalid(e.getMessage(), null);
    }
  }

  private static String name(SavedQueryRequest req) {
    String name = req.name() == null ? "" : req.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new SavedQueryException.Invalid(
          "The 'name' must be 1 to " + MAX_NAME + " characters.", null);
    }
    return name;
  }

  private static String query(SavedQueryRequest req) {
    return req.query() == null ? "" : req.query().strip();
  }

  private static SavedQueryFilters filters(SavedQueryRequest req) {
    SavedQueryFilters f = req.filters() == null ? SavedQueryFilters.NONE : req.filters();
    f.toAlertFilters(); // validates the kind
    return f;
  }

  private String webhookUrl(SavedQueryRequest req) {
    if (req.webhookUrl() == null || req.webhookUrl().isBlank()) {
      return null;
    }
    String url = req.webhookUrl().strip();
    if (url.length() > MAX_URL) {
      throw new SavedQueryException.Invalid(
          "The 'webhookUrl' must be at most " + MAX_URL + " characters.", null);
    }
    try {
      return guard.check(url).toString();
    } catch (IllegalArgumentException e) {
      throw new SavedQueryException.Invalid(e.getMessage(), null);
    }
  }
}
