package dev.signaldesk.crawler.source;

import dev.signaldesk.config.SourceConfig;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import dev.signaldesk.crawler.extract.PageVerdict;
import dev.signaldesk.crawler.extract.site.JazzyearParser;
import dev.signaldesk.crawler.extract.site.ParseResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jiazi Guangnian (甲子光年): article ids from the home page cards. When the home page is a script-only
 * shell it lists nothing, so ids are probed upward from the highest one known (or {@code
 * probe-from}) until {@code probe-misses} soft 404s in a row; ids have gaps, so one miss does not
 * end the probe. Probed pages are handed on already fetched.
 */
public final class JazzyearSource extends ConfiguredSource {
  static final String SITE_DOMAIN = "jazzyear.com";
  private static final Pattern ID = Pattern.compile("article_info\\.html\\?(?:.*&)?id=(\\d+)");

  private final JazzyearParser parser = new JazzyearParser();

  public JazzyearSource(SourceConfig config) {
    super(config);
  }

  @Override
  public Discovery discover(SourceContext context) {
    List<Candidate> found = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    URI home = SourceUrls.resolve(config.baseUrl(), "/");
    FetchedPage page = context.fetchPage(home);
    List<Long> ids = List.of();
    if (page.fetch().isComplete()) {
      ParseResult<List<Long>> cards = parser.parseHome(page.html());
      if (cards.isOk()) {
        ids = cards.value();
      }
    } else {
      errors.add("home " + home + ": " + page.fetch().describe());
    }
    if (!ids.isEmpty()) {
      ids.forEach(id -> found.add(Candidate.of(articleUrl(id))));
      return new Discovery(found, errors);
    }
    probe(context, found, errors);
    return new Discovery(found, errors);
  }

  private void probe(SourceContext context, List<Candidate> found, List<String> errors) {
    long highest = highestKnownId(context.knownUrls());
    if (highest < 0 && config.probeFrom() == null) {
      errors.add("home page lists no articles and no id is known to probe from (set probe-from)");
      return;
    }
    long id = Math.max(highest + 1, config.probeFrom() == null ? 0 : config.probeFrom());
    int misses = 0;
    int fetched = 0;
    while (misses < config.probeMisses() && fetched < context.pageBudget()) {
      String url = articleUrl(id);
      FetchedPage p = context.fetchPage(URI.create(url));
      fetched++;
      if (p.isContent()) {
        misses = 0;
        found.add(new Candidate(url, null, null, p));
      } else if (isMiss(p)) {
        misses++;
      } else {
        // A block page or a failure: probing on would only dig deeper; hand the page on so the
        // runner records it, and stop.
        found.add(new Candidate(url, null, null, p));
        errors.add("probe stopped at id " + id + ": " + describe(p));
        return;
      }
      id++;
    }
  }

  private static boolean isMiss(FetchedPage p) {
    if (p.fetch().status() == 404 || p.fetch().status() == 410) {
      return true;
    }
    return p.classification() != null && p.classification().verdict() == PageVerdict.SOFT_404;
  }

  private static String describe(FetchedPage p) {
    return p.classification() != null && p.fetch().isComplete()
        ? p.classification().verdict() + " " + p.url()
        : p.fetch().describe();
  }

  /** The largest {@code id=N} among known article URLs, or -1. */
  static long highestKnownId(List<String> urls) {
    long max = -1;
    for (String u : urls) {
      Matcher m = ID.matcher(u);
      if (m.find()) {
        try {
          max = Math.max(max, Long.parseLong(m.group(1)));
        } catch (NumberFormatException ignored) {
          // an id too long for a long is not one of theirs
        }
      }
    }
    return max;
  }

  private String articleUrl(long id) {
    return SourceUrls.resolve(config.baseUrl(), "/article_info.html?id=" + id).toString();
  }

  @Override
  public ParseResult<ExtractedArticle> parse(FetchedPage page) {
    return parser.parseArticle(page.html(), page.url());
  }
}
