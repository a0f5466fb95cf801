package dev.rootline.app.explain;

import dev.rootline.core.rca.Explanation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One explanation per (incident, evidence revision), asked for or answered: a re-posted incident
 * finds its explanation here instead of calling the model again. Bounded, least recently used out
 * first. A template that stands in for a failed model is forgotten after {@code retryAfterMillis},
 * so a model that was down gets another chance. Thread-safe by one lock.
 */
final class ExplanationCache {
  private record Entry(CompletableFuture<Explanation> future, long createdMillis) {}

  private final Map<String, Entry> entries;
  private final long retryAfterMillis;

  ExplanationCache(int capacity, long retryAfterMillis) {
    this.retryAfterMillis = retryAfterMillis;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * The explanation kept or under way for the key, or null after making room for a new one: then
   * the caller owns the returned placeholder and must complete it.
   */
  synchronized Lookup lookup(String key, long nowMillis) {
    Entry entry = entries.get(key);
    if (entry != null && !staleFailure(entry, nowMillis)) {
      return new Lookup(entry.future(), false);
    }
    CompletableFuture<Explanation> placeholder = new CompletableFuture<>();
    entries.put(key, new Entry(placeholder, nowMillis));
    return new Lookup(placeholder, true);
  }

  synchronized int size() {
    return entries.size();
  }

  private boolean staleFailure(Entry entry, long nowMillis) {
    CompletableFuture<Explanation> f = entry.future();
    return f.isDone() && !f.isCompletedExceptionally()
        && f.join().source() == Explanation.Source.TEMPLATE && nowMillis - entry.createdMillis() >= retryAfterMillis;
  }

  /** What a lookup found: the explanation's future, and whether the caller must produce it. */
  record Lookup(CompletableFuture<Explanation> future, boolean fresh) {}
}
