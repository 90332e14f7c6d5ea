package dev.signaldesk.crawler.extract;

import java.time.ZoneOffset;
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
          "(?i)(.{0,30}advertisement.{0,30}|advertising|(read more|related|see also|also read|more on this|"
              + "recommended|watch|listen)\\s*[:：|-].{0,140}|sponsored( content)?|ad|share( this( article| story)?)?:?|"
              + "read more:?|continue reading|related( articles| stories)?:?|see also:?|"
              + "广告|相关阅读：?|相关文章：?|推荐阅读：?|分享到：?|点击查看更多|展开全文|"
              + "原文链接|阅读原文|查看原文|往期推荐|往期回顾|点击上方.{0,20}|.{0,8}关注我们|"
              + "扫码.{0,20}|长按.{0,20}|-*\\s*end\\s*-*|"
              + "图为.{0,40}|图\\s*[:：].{0,60}|[（(]图.{0,40}[）)]|(photo|image|picture|credit)s?\\s*:.{0,80}|"
              + "by\\s+[^.。!?]{1,40}|"
              + "subscribe( now)?|sign up( now)?|log ?in|register|continue reading.{0,40}|"
              + "(copyright|©|\\(c\\)|版权所有).{0,120}|"
              + "(作者|记者|编辑|责任编辑|来源|本文来源|撰文|文|图|排版|审校)\\s*[:：|｜/]\\s*[^。!?]{1,40})");

  static List<String> paragraphs(List<Element> containers, String title) {
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
                flush(current, out, title);
              }
            }

            @Override
            public void tail(Node node, int depth) {
              if (node instanceof Element e && isBreak(e)) {
                flush(current, out, title);
              }
            }
          },
          container);
      flush(current, out, title);
    }
    return out;
  }

  private static final Pattern TAIL_START =
      Pattern.compile(
          "(?i)(往期推荐|往期回顾|推荐阅读|相关阅读|相关文章|延伸阅读|相关推荐|related( articles| stories| posts)?|"
              + "more from .{1,40}|read more|you (may|might) also like)[:：]?");

  /**
   * Drops a trailing "related / recommended" block: everything after such a heading line, when it
   * is the last third of the text at most (a heading mid-article is kept).
   */
  static List<String> dropTail(List<String> paragraphs) {
    int total = 0;
    for (String p : paragraphs) {
      total += TextStats.size(p);
    }
    int seen = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (i > 0 && seen >= total * 0.66 && TAIL_START.matcher(p).matches()) {
        return paragraphs.subList(0, i);
      }
      seen += TextStats.size(p);
    }
    return paragraphs;
  }

  static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  private static boolean isBreak(Element e) {
    return ContentFinder.BLOCK_TAGS.contains(e.normalName());
  }

  private static void flush(StringBuilder current, List<String> out, String title) {
    String text = normalise(current.toString());
    current.setLength(0);
    if (text.isEmpty() || isLabel(text) || isDateLine(text) || text.equals(title)) {
      return;
    }
    out.add(text);
  }

  /** A short line with a date and no sentence in it: a byline or dateline, not article text. */
  private static boolean isDateLine(String text) {
    if (text.length() > 80 || DateTexts.findInText(text, ZoneOffset.UTC).isEmpty()) {
      return false;
    }
    int last = text.codePointBefore(text.length());
    return !(last == '.'
        || last == '。'
        || last == '!'
        || last == '！'
        || last == '?'
        || last == '？');
  }

  static String normalise(String raw) {
    String text = SPACES.matcher(raw).replaceAll(" ").trim();
    return CJK_GAP.matcher(text).replaceAll("");
  }

  private static boolean isLabel(String text) {
    if (text.length() > 160) {
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
