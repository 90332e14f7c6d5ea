package dev.signaldesk.crawler.crawl.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A durable sink for the benchmark: whole reports as JSON lines, appended and forced to disk on
 * every commit, so the crawl pays for serialising and syncing what it stores (the Lucene index is
 * measured through {@code signaldesk crawl}).
 */
final class JsonLinesSink implements ReportSink {
  private final Path file;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final Map<String, Report> pending = new LinkedHashMap<>();
  private final Set<String> committed = new HashSet<>();
  private long bytes;

  JsonLinesSink(Path file) {
    this.file = file;
  }

  @Override
  public void upsert(Report report) {
    pending.put(report.id(), report);
  }

  @Override
  public boolean contains(String id) {
    return committed.contains(id) || pending.containsKey(id);
  }

  @Override
  public void commit() {
    StringBuilder sb = new StringBuilder();
    try {
      for (Report r : pending.values()) {
        sb.append(json.writeValueAsString(r)).append('\n');
      }
      byte[] out = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      try (FileChannel ch =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        ch.write(ByteBuffer.wrap(out));
        ch.force(true);
      }
      bytes += out.length;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    committed.addAll(pending.keySet());
    pending.clear();
  }

  int stored() {
    return committed.size();
  }

  long bytesWritten() {
    return bytes;
  }
}
