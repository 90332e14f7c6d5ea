package dev.signaldesk.indexer.signal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SegmentMentionCacheTest {

  static final int PER_SEGMENT = 10;

  ByteBuffersDirectory dir = new ByteBuffersDirectory();
  DirectoryReader reader;

  /** Three segments (no merges). */
  @BeforeEach
  void index() throws IOException {
    try (IndexWriter w =
        new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int s = 0; s < 3; s++) {
        Document d = new Document();
        d.add(new StringField("id", "d" + s, Field.Store.NO));
        w.addDocument(d);
        w.commit();
      }
    }
    reader = DirectoryReader.open(dir);
    assertThat(reader.leaves()).hasSize(3);
  }

  @AfterEach
  void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }

  @Test
  void twoSelectionsThatFitAreBothKeptWhenAskedInTurn() {
    SegmentMentionCache cache = new SegmentMentionCache(1_000);
    for (int round = 0; round < 3; round++) {
      read(cache, "H100 rent");
      read(cache, "A800 rent");
    }
    assertThat(cache.scans()).isEqualTo(2 * 3);
    assertThat(cache.size()).isEqualTo(2 * 3 * PER_SEGMENT);
  }

  @Test
  void pastTheBoundTheLeastRecentlyUsedSelectionIsDroppedNotTheOneInUse() {
    // Room for one selection and a half: the second pushes the first out, not itself.
    SegmentMentionCache cache = new SegmentMentionCache(3 * PER_SEGMENT + 15);
    read(cache, "H100 rent");
    read(cache, "A800 rent");
    assertThat(cache.size()).isEqualTo(3 * PER_SEGMENT);
    long scans = cache.scans();
    read(cache, "A800 rent");
    assertThat(cache.scans()).as("A800 still held").isEqualTo(scans);
    read(cache, "H100 rent");
    assertThat(cache.scans()).as("H100 was dropped").isEqualTo(scans + 3);
  }

  @Test
  void aClosedSegmentReaderTakesItsMentionsWithIt() throws IOException {
    SegmentMentionCache cache = new SegmentMentionCache(1_000);
    read(cache, "H100 rent");
    assertThat(cache.size()).isEqualTo(3 * PER_SEGMENT);
    reader.close();
    reader = null;
    assertThat(cache.size()).isZero();
  }

  private void read(SegmentMentionCache cache, String selection) {
    List<LeafReaderContext> leaves = reader.leaves();
    for (LeafReaderContext leaf : leaves) {
      cache.get(leaf, selection, l -> mentions(PER_SEGMENT));
    }
  }

  private static MentionColumns mentions(int n) {
    MentionColumns c = new MentionColumns();
    for (int i = 0; i < n; i++) {
      c.add(i, 20_000 + i, 10.0 + i, i, 1);
    }
    return c.trimmed();
  }
}
