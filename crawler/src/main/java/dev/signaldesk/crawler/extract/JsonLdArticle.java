package dev.signaldesk.crawler.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article object of a page's JSON-LD ({@code NewsArticle}, {@code BlogPosting}, … found at the
 * top level, in an array or in {@code @graph}).
 *
 * <p>Publishers often emit raw newlines inside JSON-LD strings and sometimes HTML in {@code
 * articleBody}; both are tolerated. A script that does not parse is skipped, never fatal.
 */
record JsonLdArticle(String headline, String body, String datePublished, String author) {

  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  static Optional<JsonLdArticle> read(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = MAPPER.readTree(script.data().trim());
        Optional<JsonNode> article = findArticle(root, 0);
        if (article.isPresent()) {
          return Optional.of(from(article.get()));
        }
      } catch (IOException e) {
        // malformed JSON-LD is common; the DOM rules still apply
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> findArticle(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        Optional<JsonNode> found = findArticle(child, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    if (isArticleType(node.get("@type"))) {
      return Optional.of(node);
    }
    Optional<JsonNode> inGraph = findArticle(node.get("@graph"), depth + 1);
    return inGraph.isPresent() ? inGraph : findArticle(node.get("mainEntity"), depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText().toLowerCase(Locale.ROOT);
    return t.endsWith("article")
        || t.equals("blogposting")
        || t.equals("reportagenews")
        || t.equals("report")
        || t.equals("liveblogposting")
        || t.equals("analysisnewsarticle");
  }

  private static JsonLdArticle from(JsonNode n) {
    String body = text(n.get("articleBody"));
    if (body != null && body.contains("<") && body.contains(">")) {
      body = Jsoup.parse(body).body().wholeText();
    } else if (body != null && ENTITY.matcher(body).find()) {
      body = Parser.unescapeEntities(body, false);
    }
    return new JsonLdArticle(
        text(n.get("headline")), body, text(n.get("datePublished")), authorName(n.get("author")));
  }

  private static String authorName(JsonNode author) {
    if (author == null) {
      return null;
    }
    if (author.isArray()) {
      StringBuilder names = new StringBuilder();
      for (JsonNode a : author) {
        String name = authorName(a);
        if (name != null) {
          names.append(names.isEmpty() ? "" : ", ").append(name);
        }
      }
      return names.isEmpty() ? null : names.toString();
    }
    return author.isObject() ? text(author.get("name")) : text(author);
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    String s = n.isTextual() ? n.asText() : n.isValueNode() ? n.asText() : null;
    return s == null || s.isBlank() ? null : s.trim();
  }
}
