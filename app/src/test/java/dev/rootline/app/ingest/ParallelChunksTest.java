package dev.rootline.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelChunksTest {

  @Test
  void everyItemIsWorkedOnExactlyOnceInContiguousChunks() {
    List<Integer> items = IntStream.range(0, 1003).boxed().toList();
    try (ParallelChunks chunks = new ParallelChunks(3, "test")) {
      List<List<Integer>> seen = Collections.synchronizedList(new ArrayList<>());
      chunks.run(items, chunk -> seen.add(List.copyOf(chunk))).join();

      assertThat(seen).hasSize(3);
      assertThat(seen.stream().flatMap(List::stream).sorted().toList()).isEqualTo(items);
      for (List<Integer> chunk : seen) {
        assertThat(chunk.get(chunk.size() - 1) - chunk.get(0)).isEqualTo(chunk.size() - 1);
      }
    }
  }

  @Test
  void theFirstChunkRunsOnTheCallerAndTheOthersAtTheSameTimeOnThePool() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch allStarted = new CountDownLatch(2);
    try (ParallelChunks chunks = new ParallelChunks(2, "test-pool")) {
      chunks.run(items, chunk -> {
        threads.add(Thread.currentThread().getName());
        allStarted.countDown();
        awaitQuietly(allStarted); // each chunk waits for the other: passes only if they overlap
      }).join();
    }
    assertThat(allStarted.getCount()).isZero();
    assertThat(threads).containsExactlyInAnyOrder(Thread.currentThread().getName(), "test-pool-1");
  }

  @Test
  void oneThreadOrAShortListStaysOnTheCaller() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (ParallelChunks one = new ParallelChunks(1, "one"); ParallelChunks four = new ParallelChunks(4, "four")) {
      one.run(IntStream.range(0, 500).boxed().toList(), chunk -> threads.add(Thread.currentThread().getName())).join();
      four.run(List.of(1, 2, 3), chunk -> threads.add(Thread.currentThread().getName())).join();
      four.run(List.<Integer>of(), chunk -> threads.add(Thread.currentThread().getName())).join();
    }
    assertThat(threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aFailingChunkFailsTheRunButTheOthersStillFinish() {
    List<Integer> items = IntStream.range(0, 100).boxed().toList();
    Set<Integer> done = ConcurrentHashMap.newKeySet();
    try (ParallelChunks chunks = new ParallelChunks(2, "test")) {
      var outcome = chunks.run(items, chunk -> {
        if (chunk.contains(0)) {
          throw new IllegalStateException("first chunk broke");
        }
        done.addAll(chunk);
      });
      assertThatThrownBy(outcome::join).isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(IllegalStateException.class);
    }
    assertThat(done).containsExactlyInAnyOrderElementsOf(items.subList(50, 100));
  }

  @Test
  void splitsIntoNearEqualChunksNoneBelowTheMinimum() {
    List<Integer> items = IntStream.range(0, 40).boxed().toList();
    assertThat(ParallelChunks.split(items, 8)).extracting(List::size).containsExactly(20, 20);
    assertThat(ParallelChunks.split(items.subList(0, 31), 2)).extracting(List::size).containsExactly(31);
    assertThat(ParallelChunks.split(List.of(), 2)).extracting(List::size).containsExactly(0);
    assertThatThrownBy(() -> new ParallelChunks(0, "none")).isInstanceOf(IllegalArgumentException.class);
    assertThat(ParallelChunks.threadsFor(3)).isEqualTo(3);
    assertThat(ParallelChunks.threadsFor(0)).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("the chunks did not run at the same time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
