package dev.signaldesk.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.indexer.TestReports;
import dev.signaldesk.indexer.schema.FieldContributor;
import dev.signaldesk.indexer.schema.IndexContext;
import dev.signaldesk.indexer.schema.ReportFields;
import dev.signaldesk.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIndexTest {

  @TempDir Path dir;

  private final Report h100 =
      TestReports.news(
          "h100-rent", "36kr", "H100整机租金跌破8万", "8卡H100服务器月租金从18万元降至7.5万元。", "2025-02-10");

  @Test
  void upsertingTheSameIdTwiceKeepsOneDocumentWithTheLatestFields() throws IOException {
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      index.upsert(h100);
      Report corrected =
          TestReports.news("h100-rent", "36kr", "H100整机租金跌破7万", "更正：月租金降至6.8万元。", "2025-02-10");
      index.upsert(corrected);
      index.commit();

      assertThat(index.count()).isEqualTo(1);
      assertThat(index.get(h100.id())).contains(corrected);
    }
  }

  @Test
  void containsAndGetSeeUpsertsBeforeAnyCommitOrRefresh() throws IOException {
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      assertThat(index.contains(h100.id())).isFalse();
      index.upsert(h100);
      assertThat(index.contains(h100.id())).isTrue();
      assertThat(index.get(h100.id())).contains(h100);
    }
  }

  @Test
  void storedReportRoundTripsExactlyIncludingProvenanceAndChatInfo() throws IOException {
    Report chat =
        TestReports.chat("算力交易群", "trader-7f3a", "出8卡A800整机 230w 可看货", "2024-05-03T02:15:00Z");
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      index.upsert(chat);
      index.upsert(h100);
      index.commit();
    }
    try (ReportIndex reopened = ReportIndex.open(dir, TestReports.config(), List.of())) {
      assertThat(reopened.get(chat.id())).contains(chat);
      assertThat(reopened.get(h100.id())).contains(h100);
      assertThat(reopened.get("news-missing")).isEmpty();
    }
  }

  @Test
  void oversizedTokensAndKeywordsDoNotFailTheReport() throws IOException {
    String blob = "QUJD".repeat(10_000);
    Report odd =
        new Report(
            "chat-oversized",
            "chat:telegram-json",
            dev.signaldesk.model.ReportKind.CHAT,
            "https://example.org/" + blob,
            null,
            "群" + blob,
            "出H100 " + blob + " 价格私聊",
            blob,
            "zh",
            null,
            null,
            null,
            null,
            null);
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      index.upsert(odd);
      index.commit();
      assertThat(index.get(odd.id())).contains(odd);
      assertThat(countOf(index, new Term(ReportFields.ALL, "h100"))).isEqualTo(1);
    }
  }

  @Test
  void anEmptyIndexHasNoReports() throws IOException {
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      assertThat(index.count()).isZero();
      assertThat(index.get(h100.id())).isEmpty();
      assertThat(index.contains(h100.id())).isFalse();
    }
  }

  @Test
  void reopeningAfterCloseKeepsCommittedReports() throws IOException {
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      for (int i = 0; i < 30; i++) {
        index.upsert(TestReports.numbered(i));
      }
      index.commit();
    }
    try (ReportIndex reopened = ReportIndex.open(dir, TestReports.config(), List.of())) {
      assertThat(reopened.count()).isEqualTo(30);
      assertThat(reopened.contains(TestReports.numbered(29).id())).isTrue();
    }
  }

  @Test
  void closeCommitsWhatIsPending() throws IOException {
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      index.upsert(h100);
    }
    try (ReportIndex reopened = ReportIndex.openReadOnly(dir, TestReports.config())) {
      assertThat(reopened.contains(h100.id())).isTrue();
    }
  }

  @Test
  void aSecondWriterOnTheSameDirectoryGetsIndexLockedException() throws IOException {
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      assertThatThrownBy(() -> ReportIndex.open(dir, TestReports.config(), List.of()))
          .isInstanceOf(IndexLockedException.class)
          .hasMessageContaining(dir.toString())
          .hasNoCause()
          .satisfies(e -> assertThat(((IndexLockedException) e).directory()).isEqualTo(dir));
      index.upsert(h100);
    }
  }

  @Test
  void readOnlyIndexRejectsWritesAndSeesTheWritersLaterCommitsAfterRefresh() throws IOException {
    try (ReportIndex writer = ReportIndex.open(dir, TestReports.config(), List.of())) {
      writer.upsert(TestReports.numbered(1));
      writer.commit();
      try (ReportIndex reader = ReportIndex.openReadOnly(dir, TestReports.config())) {
        assertThat(reader.isReadOnly()).isTrue();
        assertThatThrownBy(() -> reader.upsert(h100))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("read-only");
        assertThatThrownBy(reader::commit).isInstanceOf(IllegalStateException.class);

        writer.upsert(h100);
        writer.commit();
        assertThat(reader.contains(h100.id())).isFalse();
        reader.refresh();
        assertThat(reader.contains(h100.id())).isTrue();
        assertThat(reader.count()).isEqualTo(2);
      }
    }
  }

  @Test
  void openingReadOnlyWhereThereIsNoIndexNamesTheDirectory() {
    assertThatThrownBy(() -> ReportIndex.openReadOnly(dir.resolve("none"), TestReports.config()))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("There is no index at")
        .hasMessageContaining("none");
  }

  @Test
  void commitListenersHearOnlyReportsThatAreNewSinceTheLastCommit() throws IOException {
    List<List<String>> heard = new ArrayList<>();
    Report a = TestReports.numbered(1);
    Report b = TestReports.numbered(2);
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      index.addCommitListener(reports -> heard.add(reports.stream().map(Report::id).toList()));
      index.upsert(a);
      index.upsert(a);
      index.commit();
      index.upsert(a); // stored before: an update, not news
      index.upsert(b);
      index.commit();
      index.upsert(a);
      index.commit(); // nothing new: listeners are not called
    }
    assertThat(heard).containsExactly(List.of(a.id()), List.of(b.id()));
  }

  @Test
  void aFailingListenerDoesNotStopTheOthersOrTheCommit() throws IOException {
    List<Report> heard = new ArrayList<>();
    try (ReportIndex index = ReportIndex.open(dir, TestReports.config(), List.of())) {
      index.addCommitListener(
          reports -> {
            throw new IllegalStateException("listener broke");
          });
      index.addCommitListener(heard::addAll);
      index.upsert(h100);
      index.commit();
    }
    assertThat(heard).containsExactly(h100);
  }

  /** Adds a keyword field and one child document per "万" figure in the text. */
  private static final class PriceLikeContributor implements FieldContributor {
    @Override
    public void contribute(Report report, Document doc, IndexContext ctx) {
      assertThat(ctx.searcher()).isNotNull();
      doc.add(new StringField("model", "H100", Field.Store.NO));
    }

    @Override
    public List<Document> children(Report report, IndexContext ctx) {
      List<Document> children = new ArrayList<>();
      for (String part : report.text().split("万")) {
        if (part.matches(".*\\d$")) {
          Document child = new Document();
          child.add(new StringField(ReportFields.DOC_TYPE, "price_mention", Field.Store.NO));
          children.add(child);
        }
      }
      return children;
    }
  }

  @Test
  void contributorFieldsAndChildrenAreIndexedInTheReportsBlockAndReplacedOnUpsert()
      throws IOException {
    try (ReportIndex index =
        ReportIndex.open(dir, TestReports.config(), List.of(new PriceLikeContributor()))) {
      index.upsert(h100); // two figures: 18万, 7.5万
      index.refresh();
      assertThat(countOf(index, new Term(ReportFields.DOC_TYPE, "price_mention"))).isEqualTo(2);
      assertThat(countOf(index, new Term(ReportFields.REPORT_ID, h100.id()))).isEqualTo(3);
      assertThat(countOf(index, new Term("model", "H100"))).isEqualTo(1);

      index.upsert(TestReports.news("h100-rent", "36kr", "H100整机租金", "月租金降至6.8万元。", "2025-02-10"));
      index.refresh();
      assertThat(countOf(index, new Term(ReportFields.DOC_TYPE, "price_mention"))).isEqualTo(1);
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void aFailingContributorLosesOnlyItsOwnFields() throws IOException {
    FieldContributor broken =
        (report, doc, ctx) -> {
          doc.add(new StringField("half", "written", Field.Store.NO));
          throw new IllegalArgumentException("cannot parse");
        };
    try (ReportIndex index =
        ReportIndex.open(dir, TestReports.config(), List.of(broken, new PriceLikeContributor()))) {
      index.upsert(h100);
      index.refresh();
      assertThat(index.count()).isEqualTo(1);
      assertThat(countOf(index, new Term("half", "written"))).isZero();
      assertThat(countOf(index, new Term("model", "H100"))).isEqualTo(1);
    }
  }

  private static long countOf(ReportIndex index, Term term) {
    return index.withSearcher(s -> (long) s.count(new TermQuery(term)));
  }
}
