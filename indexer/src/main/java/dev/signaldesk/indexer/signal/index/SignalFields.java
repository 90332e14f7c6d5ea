package dev.signaldesk.indexer.signal.index;

/**
 * Lucene field names written by {@link SignalFieldContributor}. Report-document fields without a
 * prefix are user-queryable (see {@link SignalQueryFields}); {@code sig_} fields are doc values for
 * aggregations; {@code m_} fields live on the price-mention child documents.
 */
public final class SignalFields {
  private SignalFields() {}

  /** {@code doc_type} of a price-mention child document. */
  public static final String DOC_TYPE_MENTION = "mention";

  // Report document: keywords (+ facets where noted).
  public static final String MODEL = "model"; // facet, multi-valued
  public static final String SIDE = "side"; // facet: SELL, BUY, NEUTRAL
  public static final String SIGNAL = "signal"; // facet, multi-valued: price, change, sell, buy
  public static final String REGION = "region"; // facet, multi-valued
  public static final String COMPANY = "company"; // facet, multi-valued
  public static final String STORY = "story"; // keyword, stored
  public static final String STORY_BAND = "story_band"; // keyword "i:hex" per 16-bit band
  // Report document: numbers.
  public static final String PRICE_CNY_GPU_HOUR = "price_cny_gpu_hour"; // DoubleField, RENT
  public static final String PRICE_CNY_GPU = "price_cny_gpu"; // DoubleField, SALE
  public static final String SENTIMENT = "sentiment"; // DoubleField, stored
  public static final String SIG_SIMHASH = "sig_simhash"; // doc values + stored
  public static final String SIG_SIDE = "sig_side"; // doc values: 0 neutral, 1 sell, 2 buy
  public static final String SIG_SELL_TALK = "sig_sell_talk"; // doc values: 0/1
  public static final String SIG_STORY_HASH = "sig_story_hash"; // doc values

  // Mention child document.
  public static final String M_MODEL = "m_model";
  public static final String M_KIND = "m_kind";
  public static final String M_SOURCE_KIND = "m_source_kind"; // NEWS / CHAT
  public static final String M_EXCLUDED = "m_excluded"; // "true" / "false"
  public static final String M_VALUE_CNY = "m_value_cny"; // DoubleField: per GPU-hour or per GPU
  public static final String M_VALUE_USD = "m_value_usd";
  public static final String M_REF_DAY = "m_ref_day"; // LongField: epoch day
  public static final String M_STORY_HASH = "m_story_hash"; // doc values
  public static final String M_SOURCE_HASH = "m_source_hash"; // doc values
  // Stored only, for receipts.
  public static final String M_REPORT = "m_report";
  public static final String M_BASIS = "m_basis";
  public static final String M_REASON = "m_reason";
  public static final String M_SENTENCE = "m_sentence";
  public static final String M_START = "m_start";
  public static final String M_END = "m_end";
  public static final String M_RULE = "m_rule";
  public static final String M_TITLE = "m_title";
  public static final String M_URL = "m_url";
  public static final String M_PUBLISHED = "m_published";
  public static final String M_STORY = "m_story";
  public static final String M_SOURCE = "m_source";

  /** A stable 64-bit key for distinct counting over doc values. */
  static long key(String value) {
    return dev.signaldesk.indexer.signal.story.SimHash.hash64(value == null ? "" : value);
  }
}
