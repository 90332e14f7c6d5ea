package dev.signaldesk.indexer.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.config.IndexConfig;
import dev.signaldesk.indexer.TestReports;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.indexer.search.QueryFieldRegistry;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matcher wired to a real on-disk index: documents and filters as the index builds them. */
class IndexAlertPipelineTest {
  @TempDir Path dir;

  private ReportIndex index;
  private SavedQueryMatcher matcher;
  private final List<AlertMatch> recorded = new ArrayList<>();

  private final java.util.concurrent.atomic.AtomicInteger contributions =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Marks reports whose title mentions H100 as one story, as a story contributor would. */
  private final FieldContributor storyOfH100 =
      (report, doc, ctx) -> {
        contributions.incrementAndGet();
        if (report.title().contains("H100")) {
          doc.add(new StringField("story_id", "h100-rent", Field.Store.NO));
        }
      };

  @BeforeEach
  void open() {
    IndexConfig cfg = new ConfigLoader().defaults().index();
    index = ReportIndex.open(dir, cfg, List.of(storyOfH100));
    Analyzer queryAnalyzer = index.queryAnalyzer();
    IndexAlertQueryCompiler compiler =
        new IndexAlertQueryCompiler(
            q -> {
              try {
                return new QueryParser(ReportFields.ALL, queryAnalyzer).parse(q);
              } catch (ParseException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
              }
            },
            QueryFieldRegistry.standard());
    matcher =
        new SavedQueryMatcher(
            index.indexAnalyzer(),
            compiler,
            new IndexAlertDocumentBuilder(index),
            "story_id",
            SavedQueryMatcher.DEFAULT_BATCH_SIZE);
    Set<String> seen = new HashSet<>();
    MatchRecorder once =
        matches -> matches.stream().filter(m -> seen.add(m.savedQueryId() + m.dedupKey())).toList();
    index.addCommitListener(new NewReportAlerter(matcher, once, recorded::addAll));
  }

  @AfterEach
  void close() throws Exception {
    matcher.close();
    index.close();
  }

  private static Report news(String source, String slug, String title, String text) {
    return TestReports.news(slug, source, title, text, "2026-11-26");
  }

  @Test
  void committedChineseReportMatchesSavedQueryOnceAndRepostsOfTheStoryDoNotRepeat() {
    matcher.register(
        new SavedQuerySpec(
            "sq-1", "H100 AND 租金", new AlertFilters(List.of("36KR"), null, Map.of())));

    index.upsert(news("36kr", "901", "H100整机租金跌至7.5万元", "多家算力租赁商表示，8卡H100服务器月租金已从18万元降到7.5万元。"));
    index.upsert(news("36kr", "902", "天气", "北京晴。"));
    index.commit();
    // The same story reposted under another URL: no new alert.
    index.upsert(news("36kr", "903", "转载：H100整机租金跌至7.5万元", "8卡H100服务器月租金降到7.5万元。"));
    index.commit();

    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).dedupKey()).isEqualTo("story:h100-rent");
    // Matching used the documents the commit built: each report was enriched once, for indexing.
    assertThat(contributions).hasValue(3);
    assertThat(recorded.get(0).report().canonicalUrl()).isEqualTo("https://www.36kr.example/p/901");
  }

  @Test
  void keywordFieldFiltersUseTheSearchFieldsAndUnknownFieldsAreRejected() {
    matcher.register(
        new SavedQuerySpec(
            "en-only",
            "rent",
            new AlertFilters(List.of(), ReportKind.NEWS, Map.of("language", List.of("EN")))));

    index.upsert(news("feed", "a", "GPU rent", "Rent fell again."));
    index.upsert(news("feed", "b", "GPU租金 rent", "Rent 下跌"));
    index.commit();

    assertThat(recorded)
        .extracting(m -> m.report().url())
        .containsExactly("https://www.feed.example/p/a");
    assertThatThrownBy(
            () ->
                matcher.register(
                    new SavedQuerySpec(
                        "bad",
                        "rent",
                        new AlertFilters(List.of(), null, Map.of("report_json", List.of("x"))))))
        .hasMessageContaining("unknown filter field 'report_json'");
  }
}
