package dev.signaldesk.indexer.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/** Work done with an acquired searcher; see {@link ReportIndex#withSearcher}. */
@FunctionalInterface
public interface SearcherFunction<T> {

  T apply(IndexSearcher searcher) throws IOException;
}
