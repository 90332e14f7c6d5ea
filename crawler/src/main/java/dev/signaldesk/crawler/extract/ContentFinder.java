package dev.signaldesk.crawler.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold the article body by block scoring.
 *
 * <p>Every paragraph-like block (an element with enough inline text of its own) scores {@code 1 +
 * punctuation + min(size/100, 3)}, scaled down by its link density. The score flows to the
 * ancestors with falling weight (1, 1/2, then 1/(3·level)), so the element that directly contains
 * many punctuated, link-poor paragraphs wins; for Chinese pages this is the text-density and
 * punctuation-density rule. A container's own score is also scaled by its link density and nudged
 * by its tag and class names. The winner's siblings join when they score close to it or are
 * themselves good paragraphs, because many layouts split one article over several sibling divs.
 */
final class ContentFinder {

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "dl",
          "dt",
          "dd",
          "header",
          "footer",
          "form",
          "center",
          "address",
          "hr",
          "details",
          "summary",
          "nav",
          "aside",
          "fieldset",
          "caption",
          "br");
  private static final int MIN_BLOCK_SIZE = 25;

  /** Score from paragraphs alone, without tag and class adjustments: used to judge siblings. */
  private final Map<Element, Double> contentScores = new IdentityHashMap<>();

  private static final Set<String> UNSCORED =
      Set.of("h1", "h2", "h3", "h4", "h5", "h6", "th", "figcaption");

  /**
   * Text and link-text sizes of every element, computed in one pass (link density is asked often).
   */
  private final Map<Element, int[]> sizes = new IdentityHashMap<>();

  /** Returns the elements holding the article, in document order; empty if nothing qualifies. */
  List<Element> find(Element root) {
    measure(root);
    for (Element el : root.getAllElements()) {
      if (UNSCORED.contains(el.normalName())) {
        continue;
      }
      String inline = inlineText(el);
      int size = TextStats.size(inline);
      if (size < MIN_BLOCK_SIZE) {
        continue;
      }
      double score = 1 + TextStats.punctuation(inline) + Math.min(size / 100.0, 3);
      final double blockScore = score * (1 - ownLinkShare(el, size));
      Element ancestor =
          el.normalName().equals("p") || el.normalName().equals("li") ? el.parent() : el;
      int level = 0;
      // a div holding text directly is both paragraph and container: it gets the full score itself
      for (; ancestor != null && level < 5; ancestor = ancestor.parent(), level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        double share = blockScore / divider;
        contentScores.merge(ancestor, share, Double::sum);
        if (ancestor == root) {
          break;
        }
      }
    }
    if (contentScores.isEmpty()) {
      return List.of();
    }
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> e : contentScores.entrySet()) {
      double content = e.getValue();
      Element el = e.getKey();
      double score = content + tagScore(el) + classScore(el, content);
      finals.put(el, score * (1 - linkDensity(el)));
    }
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>(finals.entrySet());
    ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
    Element top = ranked.get(0).getKey();
    double topScore = ranked.get(0).getValue();
    top = climbToCommonAncestor(top, topScore, ranked, root);
    topScore = finals.getOrDefault(top, topScore);
    return withSiblings(top, finals);
  }

  /**
   * When several near-top candidates share an ancestor with the winner, the article is split over
   * them (e.g. one div per section) and the ancestor is the better container.
   */
  private static Element climbToCommonAncestor(
      Element top, double topScore, List<Map.Entry<Element, Double>> ranked, Element root) {
    List<Element> close = new ArrayList<>();
    for (int i = 1; i < Math.min(6, ranked.size()); i++) {
      if (ranked.get(i).getValue() >= topScore * 0.75
          && !isAncestor(top, ranked.get(i).getKey())
          && !isAncestor(ranked.get(i).getKey(), top)) {
        close.add(ranked.get(i).getKey());
      }
    }
    if (close.size() < 2) {
      return top;
    }
    for (Element parent = top.parent();
        parent != null && parent != root.parent();
        parent = parent.parent()) {
      int contained = 0;
      for (Element c : close) {
        if (isAncestor(parent, c)) {
          contained++;
        }
      }
      if (contained >= 2) {
        return parent;
      }
    }
    return top;
  }

  private List<Element> withSiblings(Element top, Map<Element, Double> finals) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topContent = contentScores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topContent * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      boolean sameClass = !top.className().isEmpty() && top.className().equals(sibling.className());
      double bonus = sameClass ? topContent * 0.2 : 0;
      Double content = contentScores.get(sibling);
      if (content != null
          && finals.getOrDefault(sibling, 0.0) > 0
          && content * (1 - linkDensity(sibling)) + bonus >= threshold) {
        out.add(sibling);
      } else if (!out.contains(top) && isLeadParagraph(sibling)) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p") || sibling.normalName().equals("blockquote")) {
        String text = sibling.text();
        int size = TextStats.size(text);
        double ld = TextStats.linkDensity(sibling);
        if ((size > 80 && ld < 0.25)
            || (size > 0
                && ld == 0
                && TextStats.isSentenceEnd(text.codePointBefore(text.length())))) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  /**
   * A sibling block before the body that wraps one link-free paragraph, like a bold intro in {@code
   * div.intro} before {@code div.body}: it scores too little to join by score, but it is article
   * text. (After the body such blocks are mostly author bios and notes.)
   */
  private boolean isLeadParagraph(Element sibling) {
    if (!sibling.normalName().equals("div") && !sibling.normalName().equals("section")) {
      return false;
    }
    if (Boilerplate.hint(sibling).compareTo(Boilerplate.Hint.NEUTRAL) < 0) {
      return false; // author-bio, caption, meta ...
    }
    String text = sibling.text();
    int size = TextStats.size(text);
    return size > 100
        && sibling.select("p").size() == 1
        && linkDensity(sibling) < 0.1
        && TextStats.punctuation(text) >= 1
        && TextStats.isSentenceEnd(text.codePointBefore(text.length()));
  }

  private void measure(Element root) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
              return;
            }
            int text = 0;
            int linked = 0;
            for (Node child : el.childNodes()) {
              if (child instanceof TextNode t) {
                text += TextStats.size(t.getWholeText());
              } else if (child instanceof Element c) {
                int[] s = sizes.get(c);
                text += s[0];
                linked += s[1];
              }
            }
            sizes.put(el, new int[] {text, el.normalName().equals("a") ? text : linked});
          }
        },
        root);
  }

  private double linkDensity(Element el) {
    int[] s = sizes.get(el);
    if (s == null) {
      return TextStats.linkDensity(el);
    }
    return s[0] == 0 ? 0 : Math.min(1.0, (double) s[1] / s[0]);
  }

  private static double tagScore(Element el) {
    double s =
        switch (el.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return el.attr("itemprop").equalsIgnoreCase("articleBody") ? s + 25 : s;
  }

  /**
   * Class and id names adjust the score, but a positive name cannot lift more than the content
   * beneath it: otherwise every small {@code div.post-text} comment or {@code div.news-title} would
   * outrank a real article body.
   */
  private static double classScore(Element el, double content) {
    int weight = Boilerplate.weight(el);
    return weight > 0 ? Math.min(weight, content) : weight;
  }

  /** Text of the element's own text nodes and inline children (not of nested blocks). */
  static String inlineText(Element el) {
    StringBuilder sb = new StringBuilder();
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element e
          && !BLOCK_TAGS.contains(e.normalName())
          && !hasBlock(e)) {
        sb.append(e.text());
      }
    }
    return sb.toString();
  }

  private static boolean hasBlock(Element e) {
    for (Element d : e.getAllElements()) {
      if (d != e && BLOCK_TAGS.contains(d.normalName()) && !d.normalName().equals("br")) {
        return true;
      }
    }
    return false;
  }

  private static double ownLinkShare(Element el, int size) {
    int linked = 0;
    for (Element child : el.children()) {
      if (child.normalName().equals("a")) {
        linked += TextStats.size(child.text());
      } else if (!BLOCK_TAGS.contains(child.normalName())) {
        for (Element a : child.select("a")) {
          linked += TextStats.size(a.text());
        }
      }
    }
    return Math.min(1.0, (double) linked / size);
  }

  static boolean isAncestor(Element ancestor, Element el) {
    for (Element p = el.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
