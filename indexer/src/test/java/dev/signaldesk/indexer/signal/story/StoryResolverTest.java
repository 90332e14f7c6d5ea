package dev.signaldesk.indexer.signal.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StoryResolverTest {

  private static final int THREADS = 4;

  private final StoryResolver resolver = new StoryResolver(3, "band", "hash", "story", "id");

  @Test
  void repostResolvedAfterItsOriginalJoinsTheOriginalsStory() {
    StoryResolver.Story original = resolver.resolve("r1", SimHashTest.BODY, null);
    StoryResolver.Story repost = resolver.resolve("r2", "来源：某公众号\n" + SimHashTest.BODY, null);

    assertThat(original.id()).isEqualTo("story-r1");
    assertThat(repost.id()).isEqualTo(original.id());
  }

  @Test
  void copiesResolvedOnSeveralThreadsAtOnceShareOneStory() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> stories = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String id = "copy-" + t;
        stories.add(
            pool.submit(
                () -> {
                  start.await();
                  return resolver.resolve(id, SimHashTest.BODY, null).id();
                }));
      }
      start.countDown();
      Set<String> distinct = new HashSet<>();
      for (Future<String> f : stories) {
        distinct.add(f.get());
      }
      assertThat(distinct).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
