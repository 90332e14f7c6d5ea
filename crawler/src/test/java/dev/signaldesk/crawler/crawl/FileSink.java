package dev.signaldesk.crawler.crawl;

import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A durable sink for the crash test: {@code id<TAB>url} lines appended and forced to disk on
 * commit, so what a killed process committed survives it and nothing else does.
 */
final class FileSink implements ReportSink {
  private final Path file;
  private final Map<String, String> committed = new LinkedHashMap<>();
  private final List<Report> pending = new ArrayList<>();

  FileSink(Path file) {
    this.file = file;
    committed.putAll(read(file));
  }

  /** Committed ids to URLs; a torn last line (crash mid-write) is ignored. */
  static Map<String, String> read(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (String line : text.split("\n", -1)) {
        String[] parts = line.split("\t");
        if (parts.length == 3 && parts[2].equals("end")) {
          out.put(parts[0], parts[1]);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void upsert(Report report) {
    pending.add(report);
  }

  @Override
  public synchronized boolean contains(String id) {
    return committed.containsKey(id) || pending.stream().anyMatch(r -> r.id().equals(id));
  }

  @Override
  public synchronized void commit() {
    StringBuilder sb = new StringBuilder();
    for (Report r : pending) {
      sb.append(r.id()).append('\t').append(r.url()).append("\tend\n");
    }
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      ch.write(java.nio.ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.forEach(r -> committed.put(r.id(), r.url()));
    pending.clear();
  }

  synchronized Map<String, String> committed() {
    return Map.copyOf(committed);
  }
}
