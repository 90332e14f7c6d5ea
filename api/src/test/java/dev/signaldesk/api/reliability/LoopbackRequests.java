package dev.signaldesk.api.reliability;

import dev.signaldesk.api.testing.JdkHttp;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests to a server on loopback through the JDK client, so that every status comes back as a
 * response, and the one multipart body the import endpoint takes.
 */
final class LoopbackRequests {
  private LoopbackRequests() {}

  /** Sends with {@code Authorization: Bearer <key>} and a 5-minute timeout. */
  static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, String key) {
    return JdkHttp.send(http, request.timeout(Duration.ofMinutes(5)), key);
  }

  /** {@code POST} of one chat export as the {@code file} part (and a {@code group}, if given). */
  static HttpRequest.Builder importUpload(
      HttpRequest.Builder request, String fileName, byte[] file, String group) {
    String boundary = "----signaldesk-reliability-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (group != null) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"group\"\r\n\r\n"
              + group
              + "\r\n");
    }
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: text/plain\r\n\r\n");
    body.writeBytes(file);
    write(body, "\r\n--" + boundary + "--\r\n");
    return request
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
