package dev.signaldesk.api.reliability;

import dev.signaldesk.api.conf.DataLayout;
import dev.signaldesk.config.ConfigLoader;
import dev.signaldesk.crawler.archive.ArchivedResponse;
import dev.signaldesk.crawler.archive.WarcArchive;
import dev.signaldesk.crawler.extract.ArticleExtractor;
import dev.signaldesk.crawler.state.CrawlStateStore;
import dev.signaldesk.crawler.state.UrlState;
import dev.signaldesk.crawler.state.UrlStatus;
import dev.signaldesk.indexer.index.ReportIndex;
import dev.signaldesk.indexer.schema.ReportDocuments;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.netpreserve.jwarc.WarcDigest;

/**
 * Reads a crawl's data directory after the crawler is gone (killed or finished) and lists every
 * inconsistency between its three stores: the Lucene index, the WARC archive and the H2 crawl
 * state. Nothing is written: the index is opened read-only, the archive scanned, the state read.
 */
final class CrawlDataCheck {

  /**
   * @param reportIds the ids of the reports in the index
   * @param storedUrls crawl-state rows whose content is stored (FETCHED, NOT_MODIFIED, DUPLICATE)
   * @param problems each inconsistency in words; empty when the directory is consistent
   */
  record Findings(Set<String> reportIds, int storedUrls, List<String> problems) {}

  private CrawlDataCheck() {}

  static Findings of(Path data) throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, ArchivedResponse> records = new HashMap<>();
    WarcArchive archive = new WarcArchive(new DataLayout(data).archive());
    WarcArchive.ScanReport scan = archive.forEachResponse(r -> records.put(r.recordId(), r));
    // A record cut by the kill may end the newest file; that is reported, not a problem, unless a
    // report or the crawl state points at it (checked below).
    List<Report> reports = indexedReports(data, problems);
    Set<String> ids = new HashSet<>();
    for (Report r : reports) {
      if (!ids.add(r.id())) {
        problems.add("report " + r.id() + " is in the index more than once");
      }
      checkProvenance(r, records, problems);
    }
    int stored = 0;
    try (CrawlStateStore state = CrawlStateStore.openH2(data)) {
      for (UrlState s : state.all("fixture")) {
        if (s.status().isStored()) {
          stored++;
        }
        if (s.status() == UrlStatus.FETCHED
            && s.reportId() != null
            && !ids.contains(s.reportId())) {
          problems.add(
              "state says " + s.url() + " is stored as " + s.reportId() + "; index lacks it");
        }
        if (s.warcRecordId() != null && !records.containsKey(s.warcRecordId())) {
          problems.add(
              "state of "
                  + s.url()
                  + " points at "
                  + s.warcFile()
                  + " "
                  + s.warcRecordId()
                  + ", not in the archive (scan errors: "
                  + scan.errors()
                  + ")");
        }
      }
    }
    return new Findings(Set.copyOf(ids), stored, problems);
  }

  private static List<Report> indexedReports(Path data, List<String> problems) {
    List<Report> out = new ArrayList<>();
    try (ReportIndex index =
        ReportIndex.openReadOnly(
            new DataLayout(data).index(), new ConfigLoader().defaults().index())) {
      index.withSearcher(
          searcher -> {
            TopDocs all = searcher.search(ReportIndex.reportsOnly(), Integer.MAX_VALUE / 2);
            for (ScoreDoc d : all.scoreDocs) {
              out.add(ReportDocuments.toReport(searcher.storedFields().document(d.doc)));
            }
            return null;
          });
    } catch (Exception e) {
      problems.add("the index does not open: " + e);
    }
    return out;
  }

  /** The report's WARC record exists, is intact, and is the page the report was made from. */
  private static void checkProvenance(
      Report r, Map<String, ArchivedResponse> records, List<String> problems) {
    Provenance p = r.provenance();
    if (p == null || p.origin() != Provenance.Origin.CRAWL || p.warcRecordId() == null) {
      problems.add("report " + r.id() + " has no WARC provenance: " + p);
      return;
    }
    ArchivedResponse rec = records.get(p.warcRecordId());
    if (rec == null || !rec.warcFile().equals(p.warcFile())) {
      problems.add("report " + r.id() + " points at a missing record " + p);
      return;
    }
    if (!sha1(rec.body()).equals(rec.payloadDigest())) {
      problems.add("record " + p.warcRecordId() + ": payload digest does not match its body");
    }
    if (!rec.targetUri().toString().equals(r.url())) {
      problems.add(
          "record " + p.warcRecordId() + " archives " + rec.targetUri() + ", not " + r.url());
    }
    String text =
        new ArticleExtractor()
            .extract(new String(rec.body(), StandardCharsets.UTF_8), r.url())
            .text();
    String digest = ReportIds.sha256Hex(ReportIds.normaliseText(text));
    if (!digest.equals(r.contentSha256())) {
      problems.add("record " + p.warcRecordId() + " does not extract to report " + r.id());
    }
  }

  private static String sha1(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(body);
      return "sha1:" + new WarcDigest("sha1", d).base32();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
