package dev.signaldesk.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelBatchTest {

  @Test
  void everyItemRunsExactlyOnceAcrossTheWorkers() throws Exception {
    AtomicIntegerArray runs = new AtomicIntegerArray(1_000);
    Set<Integer> workers = ConcurrentHashMap.newKeySet();
    try (ParallelBatch batch = new ParallelBatch(3)) {
      ParallelBatch.Timing t =
          batch.run(
              1_000,
              (w, i) -> {
                runs.incrementAndGet(i);
                workers.add(w);
              });
      assertThat(t.wallNanos()).isPositive();
      assertThat(t.cpuNanos()).isNotNegative();
    }
    for (int i = 0; i < runs.length(); i++) {
      assertThat(runs.get(i)).as("item %d", i).isEqualTo(1);
    }
    assertThat(workers).isSubsetOf(0, 1, 2);
  }

  @Test
  void aFailingItemIsReportedAndThePoolStaysUsable() throws Exception {
    try (ParallelBatch batch = new ParallelBatch(2)) {
      assertThatThrownBy(
              () ->
                  batch.run(
                      50,
                      (w, i) -> {
                        if (i == 17) {
                          throw new IOException("disk full at item 17");
                        }
                      }))
          .isInstanceOf(IOException.class)
          .hasMessage("disk full at item 17");
      AtomicIntegerArray runs = new AtomicIntegerArray(10);
      batch.run(10, (w, i) -> runs.incrementAndGet(i));
      assertThat(runs.toString()).isEqualTo("[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]");
    }
  }
}
