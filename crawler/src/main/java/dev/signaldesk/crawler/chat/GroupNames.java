package dev.signaldesk.crawler.chat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives a group name from an export's file or folder name when the file itself carries none:
 * {@code GPU现货群_20240105.csv} → {@code GPU现货群}, {@code WhatsApp Chat - GPU Traders.zip} → {@code
 * GPU Traders}. Names that say nothing ({@code _chat.txt}, {@code result.json}) fall back to the
 * folder name, then to {@code chat}. Export dates and copy counters are removed so that two
 * overlapping exports of one chat land in the same group (and get the same ids).
 */
final class GroupNames {

  private static final Set<String> GENERIC =
      Set.of(
          "_chat",
          "chat",
          "result",
          "messages",
          "message",
          "export",
          "聊天记录",
          "msg",
          "data",
          "upload",
          "uploads",
          "tmp",
          "temp",
          "csv",
          "txt",
          "");
  private static final Pattern PREFIX =
      Pattern.compile("^(?i)(whatsapp chat with |whatsapp chat - |whatsapp chat |telegram - )");
  private static final Pattern SUFFIX =
      Pattern.compile(
          "(?:[ _-]*\\(\\d+\\)|[ _.-]+\\d{4}[-_.]?\\d{2}(?:[-_.]?\\d{2})?(?:[-_~至到]+\\d{4}[-_.]?\\d{2}"
              + "(?:[-_.]?\\d{2})?)?|[ _-]*(?:聊天记录|副本|copy))+$");

  private GroupNames() {}

  static String fromFile(String fileName, String folderName) {
    String fromFile = clean(fileName, true);
    if (!GENERIC.contains(fromFile.toLowerCase(Locale.ROOT))) {
      return fromFile;
    }
    if (folderName != null) {
      String fromFolder = clean(folderName, false);
      if (!GENERIC.contains(fromFolder.toLowerCase(Locale.ROOT))) {
        return fromFolder;
      }
    }
    return "chat";
  }

  private static String clean(String name, boolean hasExtension) {
    String stem = name.strip();
    int dot = stem.lastIndexOf('.');
    if (hasExtension && dot > 0) {
      stem = stem.substring(0, dot);
    }
    stem = PREFIX.matcher(stem).replaceFirst("");
    stem = SUFFIX.matcher(stem).replaceFirst("");
    return stem.strip();
  }
}
