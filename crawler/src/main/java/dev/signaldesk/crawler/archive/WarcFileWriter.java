package dev.signaldesk.crawler.archive;

import dev.signaldesk.crawler.fetch.ArchiveRef;
import dev.signaldesk.crawler.fetch.Exchange;
import dev.signaldesk.crawler.fetch.ExchangeRecorder;
import dev.signaldesk.crawler.fetch.Truncation;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes every exchange as a response record and a request record to gzip WARC files under the
 * archive directory.
 *
 * <p>Each writer starts a new file on its first record (never appends to an old one, so a file cut
 * short by a crash is left as it is and the next run writes elsewhere) and moves on to a new file
 * once the current one passes {@code crawler.warc-max-file-bytes}. Every record is its own gzip
 * member and is on disk when {@link #record} returns, so a crash keeps all earlier records
 * readable.
 *
 * <p>Bodies are stored decoded: the fetcher has already undone gzip/br, and an index that reads the
 * archive must not need to again. The wire encoding is kept in {@code X-SignalDesk-Decoded-From}.
 */
public final class WarcFileWriter implements ExchangeRecorder, Closeable {
  /** Headers that describe the wire form of the body, not the stored one. */
  private static final Set<String> WIRE_HEADERS =
      Set.of("content-encoding", "content-length", "transfer-encoding", "content-type");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final long maxFileBytes;
  private final Clock clock;
  private final String runId = UUID.randomUUID().toString().substring(0, 8);
  private int sequence;
  private FileChannel channel;
  private WarcWriter writer;
  private String fileName;

  /**
   * @param dir the archive directory ({@code <data>/archive}); created if missing
   * @param maxFileBytes a file is closed once it grows past this
   */
  public WarcFileWriter(Path dir, long maxFileBytes, Clock clock) {
    this.dir = dir;
    this.maxFileBytes = maxFileBytes;
    this.clock = clock;
  }

  @Override
  public synchronized ArchiveRef record(Exchange ex) throws IOException {
    ensureOpen();
    HttpResponse http = httpResponse(ex);
    WarcDigest payloadDigest = sha1(ex.body());
    UUID responseId = UUID.randomUUID();
    WarcResponse.Builder response =
        new WarcResponse.Builder(ex.uri())
            .recordId(responseId)
            .date(ex.fetchedAt())
            .body(http)
            .payloadDigest(payloadDigest);
    if (ex.truncation() != Truncation.NONE) {
      response.truncated(
          ex.truncation() == Truncation.LENGTH
              ? WarcTruncationReason.LENGTH
              : WarcTruncationReason.TIME);
    }
    WarcResponse responseRecord = response.build();
    WarcRequest request =
        new WarcRequest.Builder(ex.uri())
            .date(ex.fetchedAt())
            .body(httpRequest(ex))
            .concurrentTo(responseRecord.id())
            .build();
    writer.write(responseRecord);
    writer.write(request);
    ArchiveRef ref = new ArchiveRef(fileName, "<" + responseRecord.id() + ">");
    if (writer.position() > maxFileBytes) {
      closeCurrent();
    }
    return ref;
  }

  /** The file being written, or null before the first record / right after a rotation. */
  public synchronized String currentFile() {
    return fileName;
  }

  @Override
  public synchronized void close() throws IOException {
    closeCurrent();
  }

  private void ensureOpen() throws IOException {
    if (writer != null) {
      return;
    }
    Files.createDirectories(dir);
    sequence++;
    String name =
        String.format(
            Locale.ROOT,
            "signaldesk-%s-%s-%05d.warc.gz",
            STAMP.format(clock.instant()),
            runId,
            sequence);
    channel =
        FileChannel.open(
            dir.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    writer = new WarcWriter(channel, WarcCompression.GZIP);
    fileName = name;
    writer.write(
        new Warcinfo.Builder()
            .date(clock.instant())
            .filename(name)
            .fields(
                Map.of(
                    "software", List.of("SignalDesk crawler"),
                    "format", List.of("WARC File Format 1.1")))
            .build());
  }

  private void closeCurrent() throws IOException {
    if (writer != null) {
      try {
        writer.close();
      } finally {
        channel.close();
        writer = null;
        channel = null;
        fileName = null;
      }
    }
  }

  private static HttpResponse httpResponse(Exchange ex) {
    HttpResponse.Builder b = new HttpResponse.Builder(ex.status(), reason(ex.status()));
    String contentType = null;
    for (Map.Entry<String, List<String>> h : ex.responseHeaders().entrySet()) {
      String name = h.getKey();
      String lower = name.toLowerCase(Locale.ROOT);
      if (name.startsWith(":")) {
        continue;
      }
      if (lower.equals("content-type") && !h.getValue().isEmpty()) {
        contentType = h.getValue().get(0);
      }
      if (lower.equals("content-encoding")) {
        h.getValue().forEach(v -> b.addHeader("X-SignalDesk-Decoded-From", v));
      }
      if (!WIRE_HEADERS.contains(lower)) {
        h.getValue().forEach(v -> b.addHeader(name, v));
      }
    }
    MediaType type = MediaType.OCTET_STREAM;
    if (contentType != null) {
      try {
        type = MediaType.parse(contentType);
      } catch (IllegalArgumentException e) {
        b.addHeader("X-SignalDesk-Bad-Content-Type", contentType);
      }
    }
    b.body(type, ex.body());
    if (contentType != null) {
      // keep the header byte for byte; MediaType would normalise "text/html; charset=utf-8"
      b.setHeader("Content-Type", contentType);
    }
    return b.build();
  }

  private static HttpRequest httpRequest(Exchange ex) {
    URI u = ex.uri();
    String target =
        (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
            + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    HttpRequest.Builder b = new HttpRequest.Builder(ex.method(), target);
    b.addHeader("Host", u.getRawAuthority());
    ex.requestHeaders().forEach((k, vs) -> vs.forEach(v -> b.addHeader(k, v)));
    return b.build();
  }

  private static WarcDigest sha1(byte[] body) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      md.update(body);
      return new WarcDigest(md);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every Java platform", e);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "Status " + status;
    };
  }
}
