package dev.signaldesk.indexer.alert;

import dev.signaldesk.indexer.schema.ReportFields;
import java.util.List;
import java.util.Set;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;

/**
 * The monitor's presearcher: which registered queries are worth running on a batch.
 *
 * <p>The presearcher indexes each query under its most selective term (for a conjunction, the child
 * with the highest weight) and runs a query only when the batch contains that term. The default
 * weight favours longer terms, which would often pick a filter such as {@code kind:CHAT} or {@code
 * source:36kr} over the query's own words: every chat message would then make every chat-filtered
 * query a candidate. Terms of those few-valued keyword fields are weighted down, so a query is
 * indexed under its words whenever it has any.
 */
final class AlertPresearcher {

  /** Keyword fields with a handful of values each: almost every document has a common one. */
  static final Set<String> FEW_VALUED_FIELDS =
      Set.of(
          ReportFields.KIND,
          ReportFields.SOURCE,
          ReportFields.LANGUAGE,
          ReportFields.DOC_TYPE,
          ReportFields.ORIGIN,
          ReportFields.CHAT_OFFER);

  private AlertPresearcher() {}

  static Presearcher create() {
    TermWeightor weightor =
        TermWeightor.combine(
            TermWeightor.fieldWeightor(0.01, FEW_VALUED_FIELDS), TermWeightor.DEFAULT);
    return new TermFilteredPresearcher(weightor, List.of(), Set.of());
  }
}
