package dev.signaldesk.demo;

import dev.signaldesk.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled demo corpus: NEWS reports and chat export files read from the classpath under {@code
 * demo/}. See {@code docs/demo-corpus.md} for what it contains.
 */
public final class DemoCorpus {

  /** Classpath directory of the corpus; every path in the manifest is relative to it. */
  public static final String ROOT = "demo/";

  static final String MANIFEST = "manifest.txt";

  private final List<Report> reports;
  private final List<ChatExport> chatExports;

  private DemoCorpus(List<Report> reports, List<ChatExport> chatExports) {
    this.reports = List.copyOf(reports);
    this.chatExports = List.copyOf(chatExports);
  }

  /**
   * Loads the corpus from this class's class loader.
   *
   * @throws DemoCorpusException naming the file and line when a file is missing or malformed
   */
  public static DemoCorpus load() {
    return load(DemoCorpus.class.getClassLoader(), ROOT);
  }

  /** Loads a corpus whose manifest lies at {@code root + "manifest.txt"} on the class path. */
  static DemoCorpus load(ClassLoader loader, String root) {
    String manifest = text(MANIFEST, read(loader, root, MANIFEST, 0));
    List<Report> reports = new ArrayList<>();
    List<ChatExport> chats = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] lines = manifest.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String path = lines[i].strip();
      if (path.isEmpty() || path.startsWith("#")) {
        continue;
      }
      int lineNo = i + 1;
      if (!seen.add(path)) {
        throw new DemoCorpusException(MANIFEST, lineNo, "'" + path + "' is listed twice");
      }
      byte[] bytes = read(loader, root, path, lineNo);
      if (path.startsWith("news/") && path.endsWith(".txt")) {
        reports.add(DemoArticleParser.parse(path, text(path, bytes)));
      } else if (path.startsWith("chat/")) {
        chats.add(new ChatExport(path.substring(path.lastIndexOf('/') + 1), bytes));
      } else {
        throw new DemoCorpusException(
            MANIFEST, lineNo, "'" + path + "' is neither news/<slug>.txt nor chat/<file>");
      }
    }
    return new DemoCorpus(reports, chats);
  }

  /** The news reports in manifest order. */
  public List<Report> reports() {
    return reports;
  }

  /** The chat export files in manifest order, unparsed. */
  public List<ChatExport> chatExports() {
    return chatExports;
  }

  private static byte[] read(ClassLoader loader, String root, String path, int manifestLine) {
    try (InputStream in = loader.getResourceAsStream(root + path)) {
      if (in == null) {
        throw new DemoCorpusException(
            MANIFEST, manifestLine, "'" + root + path + "' is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new DemoCorpusException(path, 0, "cannot be read: " + e.getMessage());
    }
  }

  private static String text(String path, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString()
          .replace("\r\n", "\n");
    } catch (CharacterCodingException e) {
      throw new DemoCorpusException(path, 0, "is not valid UTF-8");
    }
  }
}
