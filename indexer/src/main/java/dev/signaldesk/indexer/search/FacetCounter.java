package dev.signaldesk.indexer.search;

import dev.signaldesk.indexer.index.ReportIndex;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/** Facet counts of every dimension over a result set, from sorted-set doc values. */
final class FacetCounter {

  private final ReportIndex index;
  private final int topN;

  FacetCounter(ReportIndex index, int topN) {
    this.index = index;
    this.topN = topN;
  }

  /**
   * Dimension → value → count, dimensions and values by descending count.
   *
   * @param scale how many reports each counted one stands for (1, or the inverse of the sampling
   *     rate when {@code hits} is a sample); scaled counts are rounded
   */
  Map<String, Map<String, Long>> count(IndexSearcher searcher, FacetsCollector hits, double scale)
      throws IOException {
    Optional<SortedSetDocValuesReaderState> state = index.facetState(searcher);
    if (state.isEmpty()) {
      return Map.of();
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), hits);
    Map<String, Map<String, Long>> result = new LinkedHashMap<>();
    for (FacetResult dim : counts.getAllDims(topN)) {
      Map<String, Long> values = new LinkedHashMap<>();
      for (LabelAndValue lv : dim.labelValues) {
        values.put(lv.label, Math.round(lv.value.longValue() * scale));
      }
      result.put(dim.dim, Collections.unmodifiableMap(values));
    }
    return Collections.unmodifiableMap(result);
  }
}
