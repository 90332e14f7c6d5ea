package dev.signaldesk.bench.corpus;

import dev.signaldesk.model.ChatInfo;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Generates the benchmark corpus, one document at a time. See the package comment.
 *
 * <p>News bodies are 800 to 3,000 characters (skewed towards the short end, as news is), chat
 * messages 5 to 200. Three news sources and a handful of chat groups; both languages, Chinese about
 * three times as often as English.
 */
public final class SyntheticCorpus {

  /** Base of the synthetic article URLs (a reserved-looking host that is never fetched). */
  public static final String URL_BASE = "https://bench.signaldesk.invalid/";

  static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String[] NEWS_SOURCES = {"36kr", "jazzyear", "wechat"};
  static final String[] GROUPS = {"算力二手群", "GPU现货交流群", "智算中心资源对接", "GPU Traders Asia"};
  private static final int MIN_NEWS_CHARS = 800;
  private static final int MAX_NEWS_CHARS = 3000;
  private static final int MAX_CHAT_CHARS = 200;
  private static final Instant FETCHED_AT = Instant.parse("2026-11-28T00:00:00Z");

  private final CorpusSpec spec;

  public SyntheticCorpus(CorpusSpec spec) {
    this.spec = spec;
  }

  public CorpusSpec spec() {
    return spec;
  }

  /** Document {@code index} (0-based) of the corpus: always the same for the same spec. */
  public Report report(long index) {
    Draw d = new Draw(new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + index));
    return d.uniform() < spec.chatShare() ? chat(index, d) : news(index, d);
  }

  /** Documents {@code from} (inclusive) to {@code to} (exclusive), generated as they are read. */
  public Iterator<Report> reports(long from, long to) {
    return new Iterator<>() {
      private long next = from;

      @Override
      public boolean hasNext() {
        return next < to;
      }

      @Override
      public Report next() {
        if (next >= to) {
          throw new NoSuchElementException();
        }
        return report(next++);
      }
    };
  }

  /** All documents of the corpus, streamed. */
  public Iterator<Report> reports() {
    return reports(0, spec.size());
  }

  /** The URL of news document {@code index}. */
  public static String newsUrl(long index) {
    return URL_BASE + "p/" + index;
  }

  private Report news(long index, Draw d) {
    LocalDate day = day(d);
    GpuModel m = d.model();
    boolean zh = d.chance(0.75);
    double level = MarketCurve.level(day);
    double cnyPerUsd = 7.1;
    int target =
        MIN_NEWS_CHARS + (int) ((MAX_NEWS_CHARS - MIN_NEWS_CHARS) * Math.pow(d.uniform(), 1.6));
    StringBuilder body = new StringBuilder(target + 200);
    int inParagraph = 0;
    int paragraphLength = d.between(3, 6);
    while (body.length() < target) {
      // Mostly the lead model, sometimes another, as articles compare models.
      GpuModel mm = d.chance(0.7) ? m : d.model();
      double rent = d.jitter(mm.rentAtPeak() * level, 0.12);
      double sale = d.jitter(mm.saleAtPeak() * level, 0.12);
      double r = d.uniform();
      String sentence;
      if (zh) {
        sentence =
            r < 0.22
                ? Phrasebook.zhRent(d, mm, rent)
                : r < 0.30
                    ? Phrasebook.zhSale(d, mm, sale)
                    : r < 0.42
                        ? Phrasebook.zhSellOff(d, mm)
                        : r < 0.50 ? Phrasebook.zhTrap(d, mm) : Phrasebook.zhContext(d, mm);
      } else {
        sentence =
            r < 0.22
                ? Phrasebook.enRent(d, mm, rent, cnyPerUsd)
                : r < 0.30
                    ? Phrasebook.enSale(d, mm, sale, cnyPerUsd)
                    : r < 0.42
                        ? Phrasebook.enSellOff(d, mm)
                        : r < 0.50 ? Phrasebook.enTrap(d, mm) : Phrasebook.enContext(d, mm);
      }
      body.append(sentence);
      if (!zh) {
        body.append(' ');
      }
      // Paragraphs of three to six sentences.
      if (++inParagraph == paragraphLength) {
        body.setLength(zh ? body.length() : body.length() - 1);
        body.append("\n\n");
        inParagraph = 0;
        paragraphLength = d.between(3, 6);
      }
    }
    String text = body.toString().strip();
    if (text.length() > MAX_NEWS_CHARS) {
      text = text.substring(0, MAX_NEWS_CHARS);
    }
    String title = zh ? Phrasebook.zhTitle(d, m) : Phrasebook.enTitle(d, m);
    String url = newsUrl(index);
    Instant published = instant(day, d);
    String source = NEWS_SOURCES[d.between(0, NEWS_SOURCES.length - 1)];
    return new Report(
        ReportIds.forUrl(url),
        source,
        ReportKind.NEWS,
        url,
        url,
        title,
        text,
        zh ? d.pick("甲子光年", "36氪", "算力观察", "记者 王晓") : d.pick("Staff reporter", "Compute Desk"),
        zh ? "zh" : "en",
        published,
        FETCHED_AT,
        null,
        Provenance.crawled(
            "text/html; charset=utf-8", "bench.warc.gz", "<urn:uuid:bench-" + index + ">"),
        null);
  }

  private Report chat(long index, Draw d) {
    LocalDate day = day(d);
    GpuModel m = d.model();
    double level = MarketCurve.level(day);
    double rent = d.jitter(m.rentAtPeak() * level, 0.15);
    double sale = d.jitter(m.saleAtPeak() * level, 0.15);
    String group = GROUPS[d.between(0, GROUPS.length - 1)];
    boolean en = group.startsWith("GPU Traders");
    String text =
        en ? Phrasebook.enChat(d, m, rent, sale, 7.1) : Phrasebook.zhChat(d, m, rent, sale);
    if (d.chance(0.15)) {
      // Some messages run on: a second line with another quote or remark.
      text =
          text
              + "\n"
              + (en
                  ? Phrasebook.enChat(d, d.model(), rent, sale, 7.1)
                  : Phrasebook.zhChat(d, d.model(), rent, sale));
    }
    if (text.length() > MAX_CHAT_CHARS) {
      text = text.substring(0, MAX_CHAT_CHARS);
    }
    String sender = "trader-" + Integer.toHexString(0x1000 + d.between(0, 400));
    String offer =
        text.startsWith("出") || text.startsWith("急出")
            ? "SELL"
            : text.startsWith("收") || text.startsWith("求购") ? "BUY" : null;
    return new Report(
        ReportIds.forChat(group, "bench-" + index),
        "chat:wechat-memotrace-csv",
        ReportKind.CHAT,
        null,
        null,
        group,
        text,
        sender,
        en ? "en" : "zh",
        instant(day, d),
        FETCHED_AT,
        null,
        Provenance.imported("bench-" + group + ".csv", "wechat-memotrace-csv", index + 2),
        new ChatInfo(group, sender, "text", null, null, offer));
  }

  private static LocalDate day(Draw d) {
    return MarketCurve.START.plusDays(d.between(0, (int) MarketCurve.days() - 1));
  }

  private static Instant instant(LocalDate day, Draw d) {
    return day.atTime(LocalTime.ofSecondOfDay(d.between(7 * 3600, 23 * 3600)))
        .atZone(MARKET_ZONE)
        .toInstant();
  }
}
