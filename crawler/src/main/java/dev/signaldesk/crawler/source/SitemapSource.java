package dev.signaldesk.crawler.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.site.ParseResult;
import dev.signaldesk.crawler.fetch.FetchResult;
import java.net.URI;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A site's sitemap (crawler-commons {@link SiteMapParser}); sitemap indexes are followed
 * breadth-first, each sitemap fetched at most once (an index listing itself or another index that
 * lists it back is not a loop), and at most {@link #MAX_SITEMAPS} of them.
 */
public final class SitemapSource extends ConfiguredSource {
  static final int MAX_SITEMAPS = 50;

  private final ArticleExtractor extractor = new ArticleExtractor();

  public SitemapSource(SourceConfig config) {
    super(config);
  }

  @Override
  public Discovery discover(SourceContext context) {
    List<Candidate> found = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    SiteMapParser parser = new SiteMapParser(false);
    Deque<URI> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    URI root = URI.create(config.url());
    queue.add(root);
    seen.add(root.toString());
    int fetched = 0;
    while (!queue.isEmpty()) {
      URI next = queue.poll();
      if (++fetched > MAX_SITEMAPS) {
        errors.add("more than " + MAX_SITEMAPS + " sitemaps; stopped before " + next);
        break;
      }
      FetchResult r = context.fetch(next);
      if (!r.isComplete()) {
        errors.add("sitemap " + next + ": " + r.describe());
        continue;
      }
      AbstractSiteMap map;
      try {
        URL url = r.finalUrl().toURL();
        map = parser.parseSiteMap(r.contentType(), r.body(), url);
      } catch (Exception e) {
        errors.add("sitemap " + next + ": unreadable: " + e.getMessage());
        continue;
      }
      if (map instanceof SiteMapIndex index) {
        for (AbstractSiteMap child : index.getSitemaps()) {
          String u = child.getUrl().toString();
          if (!seen.add(u)) {
            continue;
          }
          try {
            queue.add(URI.create(u));
          } catch (IllegalArgumentException e) {
            // java.net.URL accepts what URI refuses (spaces, quotes); one bad <loc> must not
            // throw away the sitemaps and pages already found.
            errors.add("sitemap " + next + ": child sitemap is not a valid URL: " + u);
          }
        }
      } else if (map instanceof SiteMap sm) {
        for (SiteMapURL u : sm.getSiteMapUrls()) {
          OffsetDateTime lastmod =
              u.getLastModified() == null
                  ? null
                  : u.getLastModified().toInstant().atOffset(ZoneOffset.UTC);
          found.add(new Candidate(u.getUrl().toString(), null, lastmod, null));
        }
      }
    }
    return new Discovery(found, errors);
  }

  @Override
  public ParseResult<ExtractedArticle> parse(FetchedPage page) {
    return GenericArticles.extract(extractor, page);
  }
}
