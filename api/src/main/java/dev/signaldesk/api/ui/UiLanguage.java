package dev.signaldesk.api.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import java.util.Locale;
import java.util.Optional;

/** The page language: {@code zh} or {@code en}, from the {@code lang} cookie or Accept-Language. */
public enum UiLanguage {
  EN,
  ZH;

  /** The cookie the language switch sets. */
  public static final String COOKIE = "lang";

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public UiLanguage other() {
    return this == EN ? ZH : EN;
  }

  /** Parses {@code en}/{@code zh}; anything else is empty. */
  public static Optional<UiLanguage> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return switch (code.trim().toLowerCase(Locale.ROOT)) {
      case "en" -> Optional.of(EN);
      case "zh" -> Optional.of(ZH);
      default -> Optional.empty();
    };
  }

  /** The cookie if valid, else the first of Accept-Language's languages we have, else English. */
  public static UiLanguage of(HttpRequest<?> request) {
    Optional<UiLanguage> chosen =
        request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(UiLanguage::parse);
    if (chosen.isPresent()) {
      return chosen.get();
    }
    String accept = request.getHeaders().get("Accept-Language");
    return fromAcceptLanguage(accept);
  }

  /** Highest-weighted of {@code zh*} and {@code en*} in an Accept-Language header; English else. */
  static UiLanguage fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return EN;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (tag.startsWith("zh")) {
          return ZH;
        }
        if (tag.startsWith("en")) {
          return EN;
        }
      }
    } catch (IllegalArgumentException e) {
      // A malformed header is a browser's mistake, not the reader's: fall back to English.
    }
    return EN;
  }
}
