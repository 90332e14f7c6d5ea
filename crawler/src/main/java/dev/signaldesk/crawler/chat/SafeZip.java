package dev.signaldesk.crawler.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Takes the chat out of an export zip (WhatsApp's {@code _chat.txt}, or a single {@code .txt},
 * {@code .csv} or {@code .json}) without trusting it. Before anything is extracted, every entry is
 * checked: a path that climbs out ({@code ../}) or is absolute, too many entries, an entry larger
 * than the limit, or a compression ratio no real text reaches (a zip bomb) refuses the whole file.
 * While copying, the bytes are counted again, because the sizes in a zip's directory can lie.
 */
final class SafeZip {

  static final long MAX_ENTRY_BYTES = 4L << 30;
  static final int MAX_ENTRIES = 10_000;
  static final long MAX_RATIO = 200;

  /** Below this size any ratio is harmless (and tiny repetitive files compress very well). */
  static final long RATIO_FLOOR_BYTES = 1 << 20;

  /** Thrown when the zip is refused; the message says why and names no content. */
  static final class UnsafeZipException extends IOException {
    UnsafeZipException(String message) {
      super(message);
    }
  }

  private SafeZip() {}

  static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
          && magic[0] == 'P'
          && magic[1] == 'K'
          && magic[2] == 3
          && magic[3] == 4;
    }
  }

  /** Extracts the chat entry into {@code targetDir}; returns the extracted file. */
  static Path extractChat(Path zip, Path targetDir) throws IOException {
    try (ZipFile zipFile = new ZipFile(zip.toFile())) {
      List<ZipEntry> candidates = new ArrayList<>();
      int count = 0;
      Enumeration<? extends ZipEntry> entries = zipFile.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (++count > MAX_ENTRIES) {
          throw new UnsafeZipException("the zip holds more than " + MAX_ENTRIES + " entries");
        }
        check(entry);
        if (!entry.isDirectory() && isChatName(entry.getName())) {
          candidates.add(entry);
        }
      }
      ZipEntry chat = choose(candidates);
      Path target = Files.createTempFile(targetDir, "zip-", ".chat");
      try (InputStream in = zipFile.getInputStream(chat);
          OutputStream out = Files.newOutputStream(target)) {
        copyBounded(in, out, chat);
      } catch (IOException e) {
        Files.deleteIfExists(target);
        throw e;
      }
      return target;
    } catch (ZipException e) {
      throw new UnsafeZipException("the zip is damaged or not a zip");
    }
  }

  private static void check(ZipEntry entry) throws UnsafeZipException {
    String name = entry.getName().replace('\\', '/');
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      throw new UnsafeZipException("the zip holds an entry with an absolute path; refused");
    }
    for (String part : name.split("/")) {
      if (part.equals("..")) {
        throw new UnsafeZipException(
            "the zip holds an entry whose path leaves the folder (../); refused");
      }
    }
    long size = entry.getSize();
    long compressed = entry.getCompressedSize();
    if (size > MAX_ENTRY_BYTES) {
      throw new UnsafeZipException(
          "the zip holds an entry larger than " + MAX_ENTRY_BYTES + " bytes");
    }
    if (size > RATIO_FLOOR_BYTES && compressed > 0 && size / compressed > MAX_RATIO) {
      throw new UnsafeZipException(
          "the zip holds an entry compressed more than " + MAX_RATIO + ":1 (a zip bomb?); refused");
    }
  }

  private static boolean isChatName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String base = lower.substring(lower.lastIndexOf('/') + 1);
    return !base.startsWith(".")
        && !lower.startsWith("__macosx/")
        && (base.endsWith(".txt") || base.endsWith(".csv") || base.endsWith(".json"));
  }

  private static ZipEntry choose(List<ZipEntry> candidates) throws UnsafeZipException {
    for (ZipEntry entry : candidates) {
      String name = entry.getName();
      if (name.equals("_chat.txt") || name.endsWith("/_chat.txt")) {
        return entry;
      }
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    throw new UnsafeZipException(
        candidates.isEmpty()
            ? "the zip holds no chat file (_chat.txt, .txt, .csv or .json)"
            : "the zip holds several chat files; unpack it and import them one by one");
  }

  private static void copyBounded(InputStream in, OutputStream out, ZipEntry entry)
      throws IOException {
    long declared = entry.getSize();
    long compressed = Math.max(entry.getCompressedSize(), 1);
    long limit = Math.min(MAX_ENTRY_BYTES, Math.max(compressed * MAX_RATIO, RATIO_FLOOR_BYTES));
    if (declared >= 0) {
      limit = Math.min(limit, declared);
    }
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        throw new UnsafeZipException("the zip entry inflates beyond its declared size; refused");
      }
      out.write(buffer, 0, n);
    }
  }
}
