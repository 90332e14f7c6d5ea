package dev.signaldesk.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Serialises article containers to paragraphs: every block element and every {@code <br>} ends a
 * paragraph; whitespace is collapsed; the full-width indentation of Chinese paragraphs and stray
 * spaces between CJK characters (left by source line breaks) are removed; lone labels such as
 * "Advertisement" or "广告" and bare bylines are dropped.
 */
final class ParagraphWriter {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
  private static final Pattern CJK_GAP =
      Pattern.compile("(?<=[\\u4E00-\\u9FFF，。、；：！？“”（）])\\s+(?=[\\u4E00-\\u9FFF，。、；：！？“”（）])");
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)(advertisement|advertising|sponsored( content)?|ad|share( this( article| story)?)?:?|"
              + "read more:?|continue reading|related( articles| stories)?:?|see also:?|"
              + "广告|相关阅读：?|相关文章：?|推荐阅读：?|分享到：?|点击查看更多|展开全文|"
              + "by\\s+[^.。!?]{1,40}|"
              + "(作者|记者|编辑|责任编辑|来源|撰文|文|图|排版|审校)\\s*[:：|｜/]\\s*[^。!?]{1,40})");

  static List<String> paragraphs(List<Element> containers) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Element container : containers) {
      NodeTraversor.traverse(
          new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
              if (node instanceof TextNode t) {
                current.append(t.getWholeText());
              } else if (node instanceof Element e && isBreak(e)) {
                flush(current, out);
              }
            }

            @Override
            public void tail(Node node, int depth) {
              if (node instanceof Element e && isBreak(e)) {
                flush(current, out);
              }
            }
          },
          container);
      flush(current, out);
    }
    return out;
  }

  static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  private static boolean isBreak(Element e) {
    return ContentFinder.BLOCK_TAGS.contains(e.normalName());
  }

  private static void flush(StringBuilder current, List<String> out) {
    String text = normalise(current.toString());
    current.setLength(0);
    if (text.isEmpty() || isLabel(text)) {
      return;
    }
    out.add(text);
  }

  static String normalise(String raw) {
    String text = SPACES.matcher(raw).replaceAll(" ").trim();
    return CJK_GAP.matcher(text).replaceAll("");
  }

  private static boolean isLabel(String text) {
    if (text.length() > 60) {
      return false;
    }
    if (TextStats.size(text) <= 2 && TextStats.cjkCount(text) == 0 && !text.matches(".*\\d.*")) {
      return true;
    }
    // a short line ending in sentence punctuation is a real (short) paragraph, not a label
    boolean sentence =
        text.length() > 20 && TextStats.isSentenceEnd(text.codePointBefore(text.length()));
    return !sentence && LABEL.matcher(text).matches();
  }

  private ParagraphWriter() {}
}
