package dev.signaldesk.crawler.source;

import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.site.Kr36Article;
import dev.signaldesk.crawler.extract.site.Kr36ArticleParser;
import dev.signaldesk.crawler.extract.site.Kr36FeedDates;
import dev.signaldesk.crawler.extract.site.ParseResult;
import dev.signaldesk.crawler.fetch.FetchResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * 36Kr: article links from its RSS feeds (Rome; the non-RFC pubDate through {@link Kr36FeedDates}),
 * each article page read by {@link Kr36ArticleParser}. Feed items are not in date order and their
 * descriptions may be summaries only, so every article page is fetched.
 */
public final class Kr36Source extends ConfiguredSource {
  static final String SITE_DOMAIN = "36kr.com";

  private final Kr36ArticleParser parser = new Kr36ArticleParser();
  private final FeedReader feeds = new FeedReader(Kr36FeedDates::parse);

  public Kr36Source(SourceConfig config) {
    super(config);
  }

  @Override
  public Discovery discover(SourceContext context) {
    List<Candidate> found = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> paths = config.feeds().isEmpty() ? List.of("/feed") : config.feeds();
    for (String path : paths) {
      URI feedUrl = SourceUrls.resolve(config.baseUrl(), path);
      FetchResult r = context.fetch(feedUrl);
      if (!r.isComplete()) {
        errors.add("feed " + feedUrl + ": " + r.describe());
        continue;
      }
      try {
        for (FeedReader.Item item : feeds.read(r.body())) {
          String link = SourceUrls.rebase(item.link(), config.baseUrl(), SITE_DOMAIN);
          found.add(new Candidate(link, item.title(), item.published(), null));
        }
      } catch (Exception e) {
        errors.add("feed " + feedUrl + ": not a readable feed: " + e.getMessage());
      }
    }
    return new Discovery(found, errors);
  }

  @Override
  public ParseResult<ExtractedArticle> parse(FetchedPage page) {
    ParseResult<Kr36Article> r = parser.parseArticle(page.html(), page.url());
    return r.isOk() ? ParseResult.ok(r.value().article()) : ParseResult.failed(r.failure());
  }
}
