package dev.signaldesk.api.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Duration;

/** {@code GET /lang/{code}?back=/path}: remembers the language in a cookie and goes back. */
@Hidden
@Controller("/lang")
public class LanguageController {

  @Get("/{code}")
  public HttpResponse<?> switchTo(@PathVariable String code, @Nullable @QueryValue String back) {
    UiLanguage lang = UiLanguage.parse(code).orElse(UiLanguage.EN);
    Cookie cookie =
        Cookie.of(UiLanguage.COOKIE, lang.code())
            .path("/")
            .maxAge(Duration.ofDays(365))
            .sameSite(SameSite.Lax)
            .httpOnly(true);
    return HttpResponse.seeOther(URI.create(localPath(back))).cookie(cookie);
  }

  /** Only a path on this server: {@code //evil.example} and absolute URLs go to the start page. */
  static String localPath(String back) {
    if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
      return "/";
    }
    return back;
  }
}
