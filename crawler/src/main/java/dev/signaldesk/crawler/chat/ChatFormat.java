package dev.signaldesk.crawler.chat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/** The chat-export formats SignalDesk reads. The id appears in {@code sourceId chat:<id>}. */
public enum ChatFormat {
  WECHAT_MEMOTRACE_CSV("wechat-memotrace-csv", true),
  WECHAT_MEMOTRACE_TXT("wechat-memotrace-txt", true),
  WECHAT_PYWXDUMP_CSV("wechat-pywxdump-csv", true),
  WECHAT_EXPORTER_TXT("wechat-exporter-txt", true),
  TELEGRAM_JSON("telegram-json", false),
  WHATSAPP_TXT("whatsapp-txt", false),
  GENERIC_CSV("generic-csv", false);

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final String id;
  private final boolean wechat;

  ChatFormat(String id, boolean wechat) {
    this.id = id;
    this.wechat = wechat;
  }

  public String id() {
    return id;
  }

  /** Zone of local times when the user gives none: WeChat exporters run in China. */
  public ZoneId defaultZone() {
    return wechat ? SHANGHAI : ZoneOffset.UTC;
  }

  /** The format with this id (case-insensitive), if any. */
  public static Optional<ChatFormat> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id.trim())).findFirst();
  }
}
