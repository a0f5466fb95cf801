package dev.rootline.app.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs one piece of work over a list split into contiguous chunks, in parallel: the first chunk on
 * the calling thread, the others on a pool of {@code threads - 1} threads of its own. One poll of
 * spans is decoded and handed on this way, so that decoding, the larger part of ingest, uses every
 * core while the Kafka consumer keeps a single fetch loop (ADR 021). With one thread everything runs
 * on the caller, as before.
 */
final class ParallelChunks implements AutoCloseable {
  /** Below this many items a list is not split: handing it over would cost more than it saves. */
  static final int MIN_CHUNK = 16;

  private final int threads;
  private final ExecutorService pool;

  ParallelChunks(int threads, String name) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    AtomicInteger numbered = new AtomicInteger();
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, work -> {
      Thread thread = new Thread(work, name + "-" + numbered.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The configured thread count, or one per core where it is 0 or less. */
  static int threadsFor(int configured) {
    return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
  }

  /**
   * Runs {@code work} over every chunk of {@code items}. The returned future completes when all
   * chunks are done, or exceptionally with the first chunk's failure (the other chunks still run).
   */
  <T> CompletableFuture<Void> run(List<T> items, Consumer<List<T>> work) {
    List<List<T>> chunks = split(items, threads);
    List<CompletableFuture<Void>> others = new ArrayList<>(chunks.size());
    for (List<T> chunk : chunks.subList(1, chunks.size())) {
      others.add(CompletableFuture.runAsync(() -> work.accept(chunk), pool));
    }
    CompletableFuture<Void> first = new CompletableFuture<>();
    try {
      work.accept(chunks.get(0));
      first.complete(null);
    } catch (RuntimeException | Error e) {
      first.completeExceptionally(e);
    }
    others.add(0, first);
    return CompletableFuture.allOf(others.toArray(CompletableFuture[]::new));
  }

  /** Contiguous chunks of near-equal size, at most {@code parts}, none smaller than {@link #MIN_CHUNK} unless alone. */
  static <T> List<List<T>> split(List<T> items, int parts) {
    int count = Math.max(1, Math.min(parts, items.size() / MIN_CHUNK));
    List<List<T>> chunks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      chunks.add(items.subList(items.size() * i / count, items.size() * (i + 1) / count));
    }
    return chunks;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
      try {
        pool.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
