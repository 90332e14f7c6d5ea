package dev.signaldesk.crawler.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes an HTTP response body to text.
 *
 * <p>Order: the {@code Content-Type} header's charset, a byte-order mark, a {@code <meta charset>}
 * or {@code http-equiv} declaration in the first 4 KiB, then statistical detection
 * (juniversalchardet). Every declared charset is tried strictly: a declaration the bytes contradict
 * (a GBK page served as UTF-8 is common) falls through to the next rule instead of producing
 * mojibake. GB2312 and GBK declarations are decoded as GB18030, their superset, because real pages
 * labelled GB2312 routinely contain GBK-only characters. When nothing decodes cleanly the best
 * guess is used with replacement characters and {@code how} ends in {@code +lossy}.
 *
 * <p>A declared ISO-8859-1 / windows-1252 / ASCII header is weak evidence (it is many servers'
 * default and every byte sequence is valid in it), so a differing meta declaration wins over it.
 */
public final class CharsetDecoder {

  private static final int META_SCAN_BYTES = 4096;
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);

  /** Decodes {@code body}; {@code contentTypeHeader} may be null. */
  public DecodedText decode(byte[] body, String contentTypeHeader) {
    if (body == null || body.length == 0) {
      return new DecodedText("", StandardCharsets.UTF_8, "empty");
    }
    Optional<Charset> header = charsetFrom(contentTypeHeader, HEADER_CHARSET);
    Optional<Charset> meta = metaCharset(body);
    if (header.isPresent() && !(isWeakDefault(header.get()) && meta.isPresent())) {
      Optional<String> text = strict(body, header.get(), 0);
      if (text.isPresent()) {
        return new DecodedText(stripBom(text.get()), header.get(), "header");
      }
    }
    Optional<DecodedText> bom = byBom(body);
    if (bom.isPresent()) {
      return bom.get();
    }
    if (meta.isPresent()) {
      Optional<String> text = strict(body, meta.get(), 0);
      if (text.isPresent()) {
        return new DecodedText(stripBom(text.get()), meta.get(), "meta");
      }
    }
    Optional<Charset> detected = detect(body);
    if (detected.isPresent()) {
      Optional<String> text = strict(body, detected.get(), 0);
      if (text.isPresent()) {
        return new DecodedText(stripBom(text.get()), detected.get(), "detected");
      }
    }
    for (Charset fallback : new Charset[] {StandardCharsets.UTF_8, gb18030()}) {
      Optional<String> text = strict(body, fallback, 0);
      if (text.isPresent()) {
        return new DecodedText(stripBom(text.get()), fallback, "fallback");
      }
    }
    Charset guess = header.or(() -> meta).or(() -> detected).orElse(StandardCharsets.UTF_8);
    // A BOM can survive to here (a UTF-16 BOM on an odd-length body fails the strict BOM rule).
    return new DecodedText(stripBom(new String(body, guess)), guess, "fallback+lossy");
  }

  /** Maps a charset label to a Java charset, upgrading GB2312/GBK to GB18030. */
  static Optional<Charset> lookup(String label) {
    String name = label.trim().toLowerCase(Locale.ROOT);
    switch (name) {
      case "gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "euc-cn", "gb18030" -> {
        return Optional.of(gb18030());
      }
      case "utf8" -> {
        return Optional.of(StandardCharsets.UTF_8);
      }
      default -> {
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
  }

  private static Charset gb18030() {
    return Charset.forName("GB18030");
  }

  private static boolean isWeakDefault(Charset charset) {
    String name = charset.name();
    return name.equals("ISO-8859-1") || name.equals("windows-1252") || name.equals("US-ASCII");
  }

  private static Optional<Charset> charsetFrom(String text, Pattern pattern) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? lookup(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> metaCharset(byte[] body) {
    // ISO-8859-1 maps bytes 1:1, so ASCII markup is readable whatever the real encoding is.
    String head =
        new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Optional<Charset> found = charsetFrom(head, META_CHARSET);
    // A page that says "utf-16" in its meta was already transcoded; the bytes are ASCII-compatible.
    return found.filter(c -> !c.name().startsWith("UTF-16"));
  }

  private static Optional<DecodedText> byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return strict(b, StandardCharsets.UTF_8, 3)
          .map(t -> new DecodedText(stripBom(t), StandardCharsets.UTF_8, "bom"));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return strict(b, StandardCharsets.UTF_16LE, 2)
          .map(t -> new DecodedText(stripBom(t), StandardCharsets.UTF_16LE, "bom"));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return strict(b, StandardCharsets.UTF_16BE, 2)
          .map(t -> new DecodedText(stripBom(t), StandardCharsets.UTF_16BE, "bom"));
    }
    return Optional.empty();
  }

  private static Optional<Charset> detect(byte[] body) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(body, 0, body.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    return name == null ? Optional.empty() : lookup(name);
  }

  private static Optional<String> strict(byte[] body, Charset charset, int offset) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body, offset, body.length - offset));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Drops leading U+FEFF: a BOM, or a repeated one, means nothing at the start of a page. */
  private static String stripBom(String text) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == '\uFEFF') {
      start++;
    }
    return text.substring(start);
  }
}
