package dev.signaldesk.crawler.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes contact and identity numbers from message text: Chinese ID numbers, bank-card numbers
 * (16–19 digits passing the Luhn check, so prices and order numbers survive), phone numbers
 * (Chinese mobiles with or without +86, spaces or dashes; international numbers written with +),
 * e-mail addresses and WeChat ids ({@code wxid_…} and ids after 微信号 / vx / wx labels). Each is
 * replaced by a bracketed tag such as {@code [电话]} so the message still reads naturally.
 */
final class Redactor {

  static final String PHONE = "[电话]";
  static final String WECHAT = "[微信号]";
  static final String EMAIL = "[邮箱]";
  static final String CARD = "[卡号]";
  static final String ID_NUMBER = "[身份证]";

  private static final Pattern ID =
      Pattern.compile(
          "(?<![0-9A-Za-z])[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
              + "\\d{3}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern DIGIT_RUN =
      Pattern.compile("(?<![\\d.])\\d(?:[ -]?\\d){15,18}(?![\\d.])");
  private static final Pattern CN_MOBILE =
      Pattern.compile("(?<![\\d+])(?:(?:\\+|00)86[ -]?)?1[3-9]\\d(?:[ -]?\\d){8}(?!\\d)");
  private static final Pattern INTERNATIONAL =
      Pattern.compile("(?<![\\d+])\\+\\d{1,3}(?:[ -]?\\(?\\d{1,4}\\)?){2,5}(?![\\d])");
  private static final Pattern EMAIL_ADDRESS =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern WXID = Pattern.compile("wxid_[A-Za-z0-9_-]+");
  private static final Pattern WECHAT_LABELLED =
      Pattern.compile(
          "(?i)((?:(?:微信号?|加微|v信)\\s*[:：]?|(?<![A-Za-z])(?:vx|wx|weixin|wechat|wechat id)\\s*[:：])\\s*)"
              + "([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])");

  String redact(String text) {
    // Cheap scans first: most messages hold nothing to redact and skip most patterns.
    int digits = countDigits(text);
    String out = text;
    if (digits >= 15) {
      out = ID.matcher(out).replaceAll(ID_NUMBER);
      out = replaceCards(out);
    }
    if (digits >= 11) {
      out = CN_MOBILE.matcher(out).replaceAll(PHONE);
    }
    if (out.indexOf('@') >= 0) {
      out = EMAIL_ADDRESS.matcher(out).replaceAll(EMAIL);
    }
    if (digits >= 8 && out.indexOf('+') >= 0) {
      out = replaceInternational(out);
    }
    if (out.contains("wxid_")) {
      out = WXID.matcher(out).replaceAll(WECHAT);
    }
    if (mayHoldWeChatLabel(out)) {
      out =
          WECHAT_LABELLED
              .matcher(out)
              .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + WECHAT));
    }
    return out;
  }

  private static int countDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
  }

  private static boolean mayHoldWeChatLabel(String text) {
    if (text.contains("微") || text.contains("v信") || text.contains("V信")) {
      return true;
    }
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'v' || c == 'V' || c == 'w' || c == 'W')
          && (text.regionMatches(true, i + 1, "x", 0, 1)
              || text.regionMatches(true, i, "weixin", 0, 6)
              || text.regionMatches(true, i, "wechat", 0, 6))) {
        return true;
      }
    }
    return false;
  }

  private static String replaceCards(String text) {
    return DIGIT_RUN
        .matcher(text)
        .replaceAll(
            m -> {
              String digits = m.group().replaceAll("[ -]", "");
              return Matcher.quoteReplacement(
                  digits.length() >= 16 && luhn(digits) ? CARD : m.group());
            });
  }

  private static String replaceInternational(String text) {
    return INTERNATIONAL
        .matcher(text)
        .replaceAll(
            m -> {
              long digits = m.group().chars().filter(Character::isDigit).count();
              return Matcher.quoteReplacement(digits >= 8 && digits <= 15 ? PHONE : m.group());
            });
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
