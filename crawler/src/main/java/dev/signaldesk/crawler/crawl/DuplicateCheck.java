package dev.signaldesk.crawler.crawl;

import dev.signaldesk.crawler.state.CrawlStateStore;
import dev.signaldesk.crawler.state.UrlState;
import dev.signaldesk.crawler.state.UrlStatus;
import dev.signaldesk.model.ReportIds;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Recognises an article already stored: by canonical URL (a link that leads to a page declaring
 * another canonical URL already stored) or by body (the same normalised text under a different
 * report). Both look at the crawl state and at what this pass stored but has not yet committed.
 */
final class DuplicateCheck {
  private final CrawlStateStore store;
  private final Set<String> canonicalsThisPass = new HashSet<>();
  private final Map<String, String> digestsThisPass = new HashMap<>();

  DuplicateCheck(CrawlStateStore store) {
    this.store = store;
  }

  /**
   * The URL already holding this article, or null.
   *
   * @param key the canonical form of the URL fetched
   * @param canonical the article's declared canonical URL
   * @param reportId the report about to be stored
   * @param digest its content digest
   */
  String originalOf(String key, String canonical, String reportId, String digest) {
    String sameArticle = sameArticleElsewhere(key, canonical);
    return sameArticle != null ? sameArticle : sameBodyElsewhere(reportId, digest);
  }

  /** Notes an article stored in this pass (its state is written only after the sink commits). */
  void remember(String canonical, String digest) {
    canonicalsThisPass.add(canonical);
    digestsThisPass.put(digest, canonical);
  }

  private String sameArticleElsewhere(String key, String canonical) {
    if (canonical.equals(key)) {
      return null;
    }
    if (canonicalsThisPass.contains(canonical)) {
      return canonical;
    }
    return store
        .get(canonical)
        .filter(s -> s.status() == UrlStatus.FETCHED || s.status() == UrlStatus.NOT_MODIFIED)
        .map(UrlState::url)
        .orElse(null);
  }

  private String sameBodyElsewhere(String reportId, String digest) {
    String inPass = digestsThisPass.get(digest);
    if (inPass != null && !ReportIds.forUrl(inPass).equals(reportId)) {
      return inPass;
    }
    return store.findStoredByContent(digest, reportId).map(UrlState::url).orElse(null);
  }
}
