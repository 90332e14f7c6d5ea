package dev.signaldesk.crawler.chat;

import java.time.ZoneId;

/**
 * How to import one chat export.
 *
 * @param format a format id such as {@code wechat-memotrace-csv} (see {@link ChatFormat#id()}), or
 *     {@code null} to detect it from the content
 * @param group the group name to file messages under; {@code null} takes it from the export itself
 *     (Telegram, WechatExporter), else from the file or folder name
 * @param zone the zone of local times in the file; {@code null} means Asia/Shanghai for WeChat
 *     formats and UTC for the others. Unix times and explicit offsets in the file always win.
 * @param keepRaw copy the original file under {@code <data>/raw/} (off by default: the raw file
 *     holds real names and numbers)
 * @param pseudonymise replace senders by stable pseudonyms (on by default); switch off only for
 *     data the user owns. Phone numbers, ids and the like are redacted either way.
 * @param strict import nothing if any line or message is bad (by default, good messages are
 *     imported and bad ones reported)
 * @param mapping column mapping for {@code generic-csv}; {@code null} for the other formats
 */
public record ImportOptions(
    String format,
    String group,
    ZoneId zone,
    boolean keepRaw,
    boolean pseudonymise,
    boolean strict,
    CsvMapping mapping) {

  /** Detect the format, pseudonymise, keep no raw copy, import good messages despite bad ones. */
  public static ImportOptions defaults() {
    return new ImportOptions(null, null, null, false, true, false, null);
  }

  public ImportOptions withFormat(String value) {
    return new ImportOptions(value, group, zone, keepRaw, pseudonymise, strict, mapping);
  }

  public ImportOptions withGroup(String value) {
    return new ImportOptions(format, value, zone, keepRaw, pseudonymise, strict, mapping);
  }

  public ImportOptions withZone(ZoneId value) {
    return new ImportOptions(format, group, value, keepRaw, pseudonymise, strict, mapping);
  }

  public ImportOptions withKeepRaw(boolean value) {
    return new ImportOptions(format, group, zone, value, pseudonymise, strict, mapping);
  }

  public ImportOptions withPseudonymise(boolean value) {
    return new ImportOptions(format, group, zone, keepRaw, value, strict, mapping);
  }

  public ImportOptions withStrict(boolean value) {
    return new ImportOptions(format, group, zone, keepRaw, pseudonymise, value, mapping);
  }

  public ImportOptions withMapping(CsvMapping value) {
    return new ImportOptions(format, group, zone, keepRaw, pseudonymise, strict, value);
  }
}
