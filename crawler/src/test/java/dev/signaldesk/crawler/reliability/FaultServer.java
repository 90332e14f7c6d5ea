package dev.signaldesk.crawler.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP/1.1 server that writes raw bytes, so that it can misbehave in ways a correct
 * server library refuses to: reset a connection mid-body, lie in {@code Content-Length}, send
 * malformed chunks, drip a byte at a time or never answer. Each path maps to a {@link Route}; an
 * unknown path answers 404. Every connection is closed after one response.
 */
final class FaultServer implements AutoCloseable {

  /** Writes one response (or misbehaves) on an accepted connection. */
  @FunctionalInterface
  interface Route {
    void serve(Socket socket, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket server;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final ExecutorService connections =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fault-server");
            t.setDaemon(true);
            return t;
          });

  FaultServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::acceptLoop);
  }

  /** {@code http://127.0.0.1:<port>} */
  String base() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  String url(String path) {
    return base() + path;
  }

  int port() {
    return server.getLocalPort();
  }

  FaultServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  /** A complete, well-formed response. */
  static Route ok(String contentType, byte[] body) {
    return (socket, out) -> {
      out.write(head(200, "OK", contentType, "Content-Length: " + body.length));
      out.write(body);
    };
  }

  static Route ok(String contentType, String body) {
    return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static Route redirect(int status, String location) {
    return (socket, out) ->
        out.write(
            head(status, "Redirect", "text/plain", "Location: " + location, "Content-Length: 0"));
  }

  /** Status line and headers, ending with the blank line; {@code Connection: close} always. */
  static byte[] head(int status, String reason, String contentType, String... extra) {
    StringBuilder sb = new StringBuilder();
    sb.append("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
    if (contentType != null) {
      sb.append("Content-Type: ").append(contentType).append("\r\n");
    }
    for (String header : extra) {
      sb.append(header).append("\r\n");
    }
    sb.append("Connection: close\r\n\r\n");
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.execute(() -> handle(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void handle(Socket socket) {
    try (socket) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      String requestLine = in.readLine();
      if (requestLine == null) {
        return;
      }
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        // headers are not needed by any route
      }
      String path = requestLine.split(" ")[1];
      Route route = routes.get(path);
      OutputStream out = socket.getOutputStream();
      if (route == null) {
        byte[] body = "not here".getBytes(StandardCharsets.UTF_8);
        out.write(head(404, "Not Found", "text/plain", "Content-Length: " + body.length));
        out.write(body);
      } else {
        route.serve(socket, out);
      }
      out.flush();
    } catch (SocketException e) {
      // the client gave up (timeout) or the route reset the connection on purpose
    } catch (IOException | RuntimeException e) {
      // a misbehaving route may fail half-way; the client sees whatever was sent
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    connections.shutdownNow();
  }
}
