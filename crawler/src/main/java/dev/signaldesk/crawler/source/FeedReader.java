package dev.signaldesk.crawler.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS and Atom with Rome. Dates Rome cannot parse (36Kr's {@code 2026-06-19 18:01:25 +0800})
 * are handed, as the raw text of the item's {@code pubDate}, to a fallback parser.
 */
final class FeedReader {

  /** One feed entry. */
  record Item(String link, String title, OffsetDateTime published) {}

  private final Function<String, OffsetDateTime> fallbackDates;

  /**
   * @param fallbackDates parses a raw date Rome could not; returns null when it cannot either
   */
  FeedReader(Function<String, OffsetDateTime> fallbackDates) {
    this.fallbackDates = fallbackDates;
  }

  /**
   * The entries with a link, in feed order.
   *
   * @throws FeedException when the bytes are not a feed Rome understands
   */
  List<Item> read(byte[] body) throws FeedException, IOException {
    SyndFeedInput input = new SyndFeedInput();
    SyndFeed feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
    Map<String, String> rawDates = rawPubDates(body);
    List<Item> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink();
      if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
        link = e.getUri();
      }
      if (link == null || link.isBlank()) {
        continue;
      }
      link = link.trim();
      java.util.Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      OffsetDateTime published =
          d != null ? d.toInstant().atOffset(ZoneOffset.UTC) : parseRaw(rawDates.get(link));
      String title = e.getTitle() == null ? null : e.getTitle().trim();
      items.add(new Item(link, title, published));
    }
    return items;
  }

  private OffsetDateTime parseRaw(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return fallbackDates.apply(raw.trim());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** {@code <item><link>} → raw {@code <pubDate>} text, read without Rome's date parsing. */
  private static Map<String, String> rawPubDates(byte[] body) {
    Map<String, String> out = new HashMap<>();
    Document doc = Jsoup.parse(new String(body, StandardCharsets.UTF_8), "", Parser.xmlParser());
    for (Element item : doc.select("item")) {
      Element link = item.selectFirst("link");
      Element date = item.selectFirst("pubDate");
      if (link != null && date != null) {
        out.put(link.text().trim(), date.text());
      }
    }
    return out;
  }
}
