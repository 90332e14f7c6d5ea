package dev.signaldesk.api.alerts;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Renders a saved query's newest matches as an Atom 1.0 feed (with Rome). Entry ids are stable
 * ({@code urn:signaldesk:match:<query>:<seq>}), so a feed reader shows each match once; each entry
 * links to the original article and, as {@code related}, to the document in the API.
 */
final class AtomFeedWriter {
  static final String MEDIA_TYPE = "application/atom+xml";

  private AtomFeedWriter() {}

  /**
   * @param matches newest first
   * @param baseUrl scheme, host and port of this server, e.g. {@code http://localhost:8080}
   */
  static String write(SavedQuery query, List<MatchView> matches, String baseUrl) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(xmlSafe("SignalDesk: " + query.name()));
    feed.setDescription(xmlSafe("New reports matching the saved query: " + query.query()));
    feed.setUri("urn:signaldesk:saved-query:" + query.id());
    String self = baseUrl + "/api/saved-queries/" + query.id() + "/feed";
    feed.setLink(self);
    feed.setLinks(List.of(link(self, "self", MEDIA_TYPE)));
    feed.setPublishedDate(
        Date.from(matches.isEmpty() ? query.updatedAt() : matches.get(0).matchedAt()));
    feed.setAuthor("SignalDesk");

    List<SyndEntry> entries = new ArrayList<>();
    for (MatchView m : matches) {
      SyndEntry e = new SyndEntryImpl();
      e.setUri("urn:signaldesk:match:" + query.id() + ":" + m.seq());
      e.setTitle(xmlSafe(m.title() == null || m.title().isBlank() ? m.reportId() : m.title()));
      String document = baseUrl + m.documentPath();
      String original = m.url() != null ? m.url() : document;
      e.setLink(original);
      List<SyndLink> links = new ArrayList<>();
      links.add(link(original, "alternate", null));
      if (!original.equals(document)) {
        links.add(link(document, "related", "application/json"));
      }
      e.setLinks(links);
      e.setUpdatedDate(Date.from(m.matchedAt()));
      if (m.publishedAt() != null) {
        e.setPublishedDate(Date.from(m.publishedAt()));
      }
      if (m.snippet() != null) {
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(xmlSafe(m.snippet()));
        e.setDescription(summary);
      }
      e.setAuthor(m.sourceId());
      entries.add(e);
    }
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("cannot render the Atom feed of " + query.id(), e);
    }
  }

  private static SyndLink link(String href, String rel, String type) {
    SyndLink l = new SyndLinkImpl();
    l.setHref(href);
    l.setRel(rel);
    if (type != null) {
      l.setType(type);
    }
    return l;
  }

  /**
   * The text without characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/FFFF).
   * Names, titles and snippets are user or crawled text; one such character made the whole feed
   * fail to render.
   */
  static String xmlSafe(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean legal =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (legal) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }
}
