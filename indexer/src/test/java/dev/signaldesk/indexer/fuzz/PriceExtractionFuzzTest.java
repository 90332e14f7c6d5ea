package dev.signaldesk.indexer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.SignalsConfig;
import dev.signaldesk.indexer.signal.price.Currency;
import dev.signaldesk.indexer.signal.price.ExchangeRates;
import dev.signaldesk.indexer.signal.price.PriceBasis;
import dev.signaldesk.indexer.signal.price.PriceExtraction;
import dev.signaldesk.indexer.signal.price.PriceKind;
import dev.signaldesk.indexer.signal.price.PriceMention;
import dev.signaldesk.indexer.signal.price.PriceMentionExtractor;
import dev.signaldesk.indexer.signal.text.Sentence;
import dev.signaldesk.indexer.signal.text.SentenceSplitter;
import dev.signaldesk.testsupport.PerInputTimeLimit;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the price mention extractor over arbitrary text. The first input byte picks the document
 * date (which decides the exchange-rate year); the rest is the text, read as UTF-8.
 *
 * <p>Properties, for every mention: its offsets lie inside the input and inside the sentence it
 * quotes ({@link PriceMention#text()} is one of the input's sentences and {@code [start, end)}
 * falls within it), and the quoted span holds a numeral; its normalised value follows from its
 * parts by the unit table alone ({@link PriceBasis}: a range's value is its midpoint, a server
 * price is divided by its GPUs, a rent by the hours of its period, a per-PFLOPS-month rent times
 * the model's PFLOPS over 730 hours; CNY and USD differ by the year's configured rate); a mention
 * that cannot be normalised or falls outside its band is excluded with a reason. No exception, and
 * no input takes longer than {@value #LIMIT_MILLIS} ms. Seeds are sentences of the labelled price
 * set ({@code src/test/resources/signals}) and its traps.
 */
class PriceExtractionFuzzTest {

  static final long LIMIT_MILLIS = 10_000;
  private static final SignalsConfig SIGNALS = new ConfigLoader().defaults().signals();
  private static final PriceMentionExtractor EXTRACTOR = new PriceMentionExtractor(SIGNALS);
  private static final ExchangeRates RATES = new ExchangeRates(SIGNALS.cnyPerUsd());
  private static final LocalDate[] DOC_DATES = {
    LocalDate.of(2026, 11, 28),
    LocalDate.of(2023, 7, 14),
    LocalDate.of(2024, 12, 31),
    LocalDate.of(2025, 3, 12),
    LocalDate.of(2019, 1, 1),
    LocalDate.of(2031, 6, 30)
  };
  private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿";
  private static final PerInputTimeLimit LIMIT = new PerInputTimeLimit(LIMIT_MILLIS);

  @FuzzTest(maxDuration = "5m")
  void mentionsQuoteTheirTextAndNormaliseByTheUnitTable(byte[] input) {
    if (input.length == 0) {
      return;
    }
    LocalDate docDate = DOC_DATES[Byte.toUnsignedInt(input[0]) % DOC_DATES.length];
    String text = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
    PriceExtraction found = LIMIT.run(() -> EXTRACTOR.extract(text, docDate));
    List<Sentence> sentences = SentenceSplitter.split(text);
    for (PriceMention p : found.prices()) {
      assertQuotesItsSentence(text, sentences, p);
      assertNormalisedFromItsParts(p);
    }
  }

  private static void assertQuotesItsSentence(
      String text, List<Sentence> sentences, PriceMention p) {
    assertThat(p.start()).as("start of %s", p).isBetween(0, text.length());
    assertThat(p.end()).as("end of %s", p).isBetween(p.start() + 1, text.length());
    assertThat(sentences)
        .as("the sentence quoted by %s holds its span", p)
        .anyMatch(s -> s.text().equals(p.text()) && s.start() <= p.start() && p.end() <= s.end());
    String span = text.substring(p.start(), p.end());
    assertThat(span.chars().anyMatch(c -> isNumeral((char) c)))
        .as("the span '%s' of %s holds a number", span, p)
        .isTrue();
  }

  private static void assertNormalisedFromItsParts(PriceMention p) {
    PriceBasis basis = p.basis();
    assertThat(p.kind()).isEqualTo(basis.kind());
    assertThat(Double.isFinite(p.value())).as("value of %s", p).isTrue();
    assertThat(p.value()).isNotNegative();
    if (p.low() != null || p.high() != null) {
      assertThat(p.low()).isNotNull().isLessThanOrEqualTo(p.high());
      assertThat(p.value()).isCloseTo((p.low() + p.high()) / 2, within(relative(p.value())));
    }
    if (basis.perServer()) {
      assertThat(p.gpus()).as("GPUs of a server price").isPositive();
    } else {
      assertThat(p.gpus()).as("GPUs of a per-GPU price").isEqualTo(1);
    }
    Double expected = expectedPerUnit(p);
    Double actual = p.kind() == PriceKind.RENT ? p.perGpuHour() : p.perGpu();
    Double other = p.kind() == PriceKind.RENT ? p.perGpu() : p.perGpuHour();
    assertThat(other).as("the other kind's value of %s", p).isNull();
    if (expected == null) {
      assertThat(actual).as("unnormalisable %s", p).isNull();
      assertThat(p.excluded()).isTrue();
      assertThat(p.flags()).contains("unnormalised");
      return;
    }
    assertThat(actual).as("normalised value of %s", p).isNotNull();
    assertThat(actual).isCloseTo(expected, within(relative(expected)));
    double rate = RATES.cnyPerUsd(p.refDate());
    double cny = p.currency() == Currency.CNY ? actual : actual * rate;
    double usd = p.currency() == Currency.USD ? actual : actual / rate;
    assertThat(p.cny()).as("CNY of %s", p).isCloseTo(cny, within(relative(cny)));
    assertThat(p.usd()).as("USD of %s", p).isCloseTo(usd, within(relative(usd)));
    if (p.excluded()) {
      assertThat(p.excludedReason()).isNotBlank();
    }
  }

  /** The unit table applied to the mention's stated parts, written out independently. */
  private static Double expectedPerUnit(PriceMention p) {
    PriceBasis basis = p.basis();
    if (basis == PriceBasis.PER_PFLOPS_MONTH) {
      Double pflops = SIGNALS.pflopsPerGpu().get(p.model());
      return pflops == null ? null : p.value() * pflops / 730;
    }
    double perGpu = basis.perServer() ? p.value() / p.gpus() : p.value();
    int hours =
        switch (basis) {
          case PER_GPU_HOUR, PER_SERVER_HOUR -> 1;
          case PER_GPU_DAY, PER_SERVER_DAY -> 24;
          case PER_GPU_MONTH, PER_SERVER_MONTH -> 730;
          case PER_GPU_YEAR, PER_SERVER_YEAR -> 8760;
          default -> 0;
        };
    return hours == 0 ? perGpu : perGpu / hours;
  }

  private static double relative(double v) {
    return Math.max(1e-9, Math.abs(v) * 1e-9);
  }

  private static boolean isNumeral(char c) {
    return (c >= '0' && c <= '9') || CHINESE_NUMERALS.indexOf(c) >= 0;
  }
}
