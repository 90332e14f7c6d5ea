package dev.signaldesk.crawler.source;

import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.site.ParseResult;
import dev.signaldesk.crawler.fetch.FetchResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Any RSS or Atom feed (Rome); linked pages read by the generic {@link ArticleExtractor}. */
public final class FeedSource extends ConfiguredSource {
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final FeedReader feeds = new FeedReader(raw -> null);

  public FeedSource(SourceConfig config) {
    super(config);
  }

  @Override
  public Discovery discover(SourceContext context) {
    URI feedUrl = URI.create(config.url());
    FetchResult r = context.fetch(feedUrl);
    if (!r.isComplete()) {
      return new Discovery(List.of(), List.of("feed " + feedUrl + ": " + r.describe()));
    }
    List<Candidate> found = new ArrayList<>();
    try {
      for (FeedReader.Item item : feeds.read(r.body())) {
        found.add(
            new Candidate(
                feedUrl.resolve(item.link()).toString(), item.title(), item.published(), null));
      }
    } catch (Exception e) {
      return new Discovery(
          List.of(), List.of("feed " + feedUrl + ": not a readable feed: " + e.getMessage()));
    }
    return new Discovery(found, List.of());
  }

  @Override
  public ParseResult<ExtractedArticle> parse(FetchedPage page) {
    return GenericArticles.extract(extractor, page);
  }
}
