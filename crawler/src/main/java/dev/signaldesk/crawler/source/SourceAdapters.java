package dev.signaldesk.crawler.source;

import dev.signaldesk.config.SourceConfig;

/** Builds the adapter for a configured source by its {@code type}. */
public final class SourceAdapters {
  private SourceAdapters() {}

  /**
   * @throws IllegalArgumentException for a type no adapter handles (the config validator refuses
   *     such files, so this only happens for hand-made configs)
   */
  public static SourceAdapter forConfig(SourceConfig config) {
    return switch (config.type()) {
      case "36kr" -> new Kr36Source(config);
      case "jazzyear" -> new JazzyearSource(config);
      case "wechat" -> new WeChatSource(config);
      case "feed" -> new FeedSource(config);
      case "sitemap" -> new SitemapSource(config);
      default ->
          throw new IllegalArgumentException(
              "sources." + config.id() + ".type: no adapter for '" + config.type() + "'");
    };
  }
}
