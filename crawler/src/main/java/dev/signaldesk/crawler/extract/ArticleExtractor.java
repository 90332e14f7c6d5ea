package dev.signaldesk.crawler.extract;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Generic article extraction for layouts without a site parser.
 *
 * <p>Rules, first that yields a body wins (recorded in {@link ExtractedArticle#extractor()}):
 *
 * <ol>
 *   <li>{@code json-ld}: a JSON-LD article's {@code articleBody}. When the DOM holds the same text
 *       in paragraphs, those paragraphs are used (the JSON-LD string often lost its breaks).
 *   <li>{@code itemprop}: the element marked {@code itemprop=articleBody}.
 *   <li>{@code density}: block scoring by text, punctuation and link density ({@link
 *       ContentFinder}).
 * </ol>
 *
 * <p>Thread-safe and stateless; one instance can serve all fetch threads.
 */
public final class ArticleExtractor {

  private static final int MIN_STRUCTURED_SIZE = 200;
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  /** Extracts the main article from {@code html} fetched from {@code url}. */
  public ExtractedArticle extract(String html, String url) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    return extract(doc, url);
  }

  /** Extracts from an already parsed document; the document is not modified. */
  public ExtractedArticle extract(Document original, String url) {
    JsonLdArticle ld = JsonLdArticle.read(original).orElse(null);
    String title = PageMetadata.title(original, ld);
    Document doc = original.clone();
    Element body = doc.body() == null ? doc : doc.body();
    DomCleaner.clean(body);

    List<String> paragraphs;
    String extractor;
    List<Element> marked = markedBodies(body);
    List<Element> containers;
    if (!marked.isEmpty()) {
      containers = marked;
      extractor = "itemprop";
    } else {
      containers = new ContentFinder().find(body);
      extractor = "density";
    }
    for (Element c : containers) {
      ContentCleaner.clean(c, title);
    }
    paragraphs = ParagraphWriter.dropTail(ParagraphWriter.paragraphs(containers, title));
    if (ld != null && usable(ld.body(), paragraphs)) {
      paragraphs = fromJsonLd(ld.body(), paragraphs);
      extractor = "json-ld";
    }
    String text = ParagraphWriter.join(paragraphs);
    String language = TextStats.language(text.isEmpty() ? title : text);
    ZoneOffset offset = language.equals("zh") ? CHINA : ZoneOffset.UTC;
    OffsetDateTime published = PageMetadata.published(original, ld, title, offset);
    String canonical = UrlCanonicalizer.canonicalFor(original, url);
    return new ExtractedArticle(
        title,
        text,
        emptyToNull(PageMetadata.author(original, ld)),
        published,
        language,
        canonical,
        ArticleLinks.collect(original, canonical),
        extractor);
  }

  /** Elements marked {@code itemprop=articleBody} (some sites mark each part of a split body). */
  private static List<Element> markedBodies(Element body) {
    List<Element> out = new ArrayList<>();
    int size = 0;
    for (Element el : body.select("[itemprop=articleBody]")) {
      boolean nested = false;
      for (Element o : out) {
        nested |= ContentFinder.isAncestor(o, el);
      }
      if (!nested) {
        out.add(el);
        size += TextStats.size(el.text());
      }
    }
    return size >= MIN_STRUCTURED_SIZE ? out : List.of();
  }

  /**
   * A JSON-LD body is used unless it is clearly a teaser: much shorter than the DOM text, or cut
   * off with an ellipsis (some publishers put only the first paragraphs there).
   */
  private static boolean usable(String ldBody, List<String> domParagraphs) {
    if (ldBody == null || TextStats.size(ldBody) < MIN_STRUCTURED_SIZE) {
      return false;
    }
    String trimmed = ldBody.trim();
    if (trimmed.endsWith("...") || trimmed.endsWith("…") || trimmed.endsWith("[…]")) {
      return false;
    }
    int dom = 0;
    for (String p : domParagraphs) {
      dom += TextStats.size(p);
    }
    return TextStats.size(trimmed) >= dom * 0.4;
  }

  /**
   * Uses the JSON-LD body, but keeps the DOM's paragraph breaks when the DOM paragraphs cover it:
   * DOM paragraphs not found in the JSON-LD text are boilerplate and dropped.
   */
  private static List<String> fromJsonLd(String ldBody, List<String> domParagraphs) {
    String ldFlat = ParagraphWriter.normalise(ldBody);
    List<String> kept = new ArrayList<>();
    int covered = 0;
    for (String p : domParagraphs) {
      if (ldFlat.contains(p)) {
        kept.add(p);
        covered += TextStats.size(p);
      }
    }
    if (covered >= TextStats.size(ldFlat) * 0.9) {
      return kept;
    }
    List<String> split = new ArrayList<>();
    for (String line : ldBody.split("\\n\\s*\\n|\\r?\\n")) {
      String p = ParagraphWriter.normalise(line);
      if (!p.isEmpty()) {
        split.add(p);
      }
    }
    return split;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }
}
