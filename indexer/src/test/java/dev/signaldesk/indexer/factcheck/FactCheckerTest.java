package dev.signaldesk.indexer.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.SignalDeskConfig;
import dev.signaldesk.demo.DemoCorpus;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.signal.SignalExtractor;
import dev.signaldesk.indexer.signal.index.SignalFieldContributor;
import dev.signaldesk.model.ReportIds;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo corpus in a real index with the signals contributor; claims from docs/demo-corpus.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactCheckerTest {
  @TempDir static Path dir;
  ReportIndex index;
  FactChecker checker;

  @BeforeAll
  void indexDemoCorpus() {
    SignalDeskConfig config = new ConfigLoader().defaults();
    var contributor =
        new SignalFieldContributor(
            new SignalExtractor(config.signals()),
            SignalFieldContributor.storyResolver(config.signals().storyMaxHamming()),
            Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
    index = ReportIndex.open(dir, config.index(), List.of(contributor));
    DemoCorpus.load().reports().forEach(index::upsert);
    index.commit();
    index.refresh();
    checker = new FactChecker(index);
  }

  @AfterAll
  void close() throws Exception {
    index.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "高达80%的新建算力处于闲置 | jazzyear-idle-compute-80-percent-2025-03",
        "up to 80% of newly built computing capacity sits idle"
            + " | jazzyear-idle-compute-80-percent-2025-03",
        "8卡H100服务器月租从18万元降至7.5万元 | 36kr-h100-rent-75k-2025-01",
        "H100 server rent fell from 180,000 to 75,000 yuan a month | 36kr-h100-rent-75k-2025-01",
        "一张H100在灰色市场最高卖到20万元 | 36kr-h100-grey-market-200k-2023-08",
        "one H100 sold for up to 200,000 yuan on the grey market"
            + " | 36kr-h100-grey-market-200k-2023-08",
      })
  void findsTheEarliestSourceOfADemoClaim(String claim, String originSlug) {
    FactCheckResult r = checker.check(claim);
    assertThat(r.earliest()).as("earliest for %s: %s", claim, r.passages()).isNotNull();
    assertThat(r.earliest().docId()).isEqualTo(ReportIds.forDemo(originSlug));
  }

  @Test
  void eightyPercentClaimFindsTheRepostInTheSameStory() {
    FactCheckResult r = checker.check("高达80%的新建算力处于闲置");
    String origin = ReportIds.forDemo("jazzyear-idle-compute-80-percent-2025-03");
    String repost = ReportIds.forDemo("36kr-repost-idle-compute-80-percent-2025-03");
    FactCheckPassage o = passage(r, origin);
    FactCheckPassage p = passage(r, repost);
    assertThat(o.storyId()).isNotNull().isEqualTo(p.storyId());
    assertThat(r.passages().indexOf(p)).isEqualTo(r.passages().indexOf(o) + 1);
    assertThat(o.numbersMatched()).containsExactly("80%");
  }

  @Test
  void numbersWrittenDifferentlyStillMatch() {
    FactCheckResult r = checker.check("H100 server rent fell from 180,000 to 75,000 yuan a month");
    FactCheckPassage zh = passage(r, ReportIds.forDemo("36kr-h100-rent-75k-2025-01"));
    assertThat(zh.numbersMatched()).containsExactlyInAnyOrder("180,000", "75,000");
    assertThat(zh.supporting()).isTrue();
  }

  @Test
  void aClaimWithoutWordsIsRefused() {
    assertThatThrownBy(() -> checker.check("80%")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> checker.check(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  private static FactCheckPassage passage(FactCheckResult r, String docId) {
    return r.passages().stream()
        .filter(p -> p.docId().equals(docId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(docId + " not among " + r.passages()));
  }
}
