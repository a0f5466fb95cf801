package dev.rootline.rca.evidence;

import dev.rootline.core.rca.TraceSample;
import dev.rootline.core.telemetry.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The example traces kept for the incident page's waterfalls: per service, the latest
 * {@value #FAILING_PER_SERVICE} traces in which a failure began there, at least a second apart; per
 * entry operation, up to {@value #NORMAL_PER_ENTRY} traces in which nothing failed, at least a minute
 * apart, so that some predate an incident that began a few minutes ago. A trace is sampled only when
 * a sample is due, which keeps the cost off the common path even while most requests fail. Bounded: {@value #MAX_KEYS} services and as many entry
 * operations, the least recently used forgotten first; at most about 60 spans of ~100 bytes each per
 * sample, so under 25 MB when every slot is full. Not thread-safe.
 */
final class TraceSamples {
  static final int FAILING_PER_SERVICE = 2;
  static final int NORMAL_PER_ENTRY = 5;
  static final long NORMAL_SPACING_MILLIS = 60_000;
  static final long FAILING_SPACING_MILLIS = 1_000;
  static final int MAX_KEYS = 500;
  /** A trace failing in many services is sampled for the first few only: each sample costs a pass. */
  static final int MAX_ORIGINS_SAMPLED = 2;

  private final Map<String, Deque<Kept>> failing = leastRecentlyUsedFirstOut();
  private final Map<Entry, Deque<Kept>> normal = leastRecentlyUsedFirstOut();

  /** Takes an assembled, non-empty trace and the services where its failures began. */
  void trace(List<Span> trace, Set<String> origins) {
    Span root = TraceSampler.root(trace);
    Entry entry = new Entry(root.resource().service(), root.name());
    long at = root.startNanos() / 1_000_000;
    if (!origins.isEmpty()) {
      origins.stream().sorted().limit(MAX_ORIGINS_SAMPLED)
          .filter(service -> due(failing.get(service), at, FAILING_SPACING_MILLIS))
          .forEach(service -> keep(failing, service,
              new Kept(entry, TraceSampler.sample(trace, TraceSample.Role.FAILING, service)), FAILING_PER_SERVICE));
      return;
    }
    if (due(normal.get(entry), at, NORMAL_SPACING_MILLIS)) {
      keep(normal, entry, new Kept(entry, TraceSampler.sample(trace, TraceSample.Role.NORMAL, null)), NORMAL_PER_ENTRY);
    }
  }

  /** Whether a trace starting at {@code atMillis} is far enough after the latest kept to be sampled. */
  private static boolean due(Deque<Kept> kept, long atMillis, long spacingMillis) {
    return kept == null || kept.isEmpty() || atMillis - kept.peekLast().sample.start().toEpochMilli() >= spacingMillis;
  }

  /**
   * A failing sample of the service, the latest that began in {@code [from, until)} else its latest
   * at all, followed by a normal sample of the same entry operation, the latest that began before
   * {@code from} else the earliest kept; empty when the service has no failing sample.
   */
  List<TraceSample> examples(String service, long fromMillis, long untilMillis) {
    Deque<Kept> failures = failing.get(service);
    if (failures == null || failures.isEmpty()) {
      return List.of();
    }
    Kept failed = latestIn(failures, fromMillis, untilMillis);
    failed = failed == null ? failures.peekLast() : failed;
    Deque<Kept> normals = normal.get(failed.entry);
    if (normals == null || normals.isEmpty()) {
      return List.of(failed.sample);
    }
    Kept fine = latestIn(normals, Long.MIN_VALUE, fromMillis);
    return List.of(failed.sample, (fine == null ? normals.peekFirst() : fine).sample);
  }

  private static Kept latestIn(Deque<Kept> kept, long fromMillis, long untilMillis) {
    for (Iterator<Kept> it = kept.descendingIterator(); it.hasNext(); ) {
      Kept k = it.next();
      long at = k.sample.start().toEpochMilli();
      if (at >= fromMillis && at < untilMillis) {
        return k;
      }
    }
    return null;
  }

  private static <K> void keep(Map<K, Deque<Kept>> into, K key, Kept sample, int bound) {
    Deque<Kept> kept = into.computeIfAbsent(key, k -> new ArrayDeque<>(bound + 1));
    kept.addLast(sample);
    if (kept.size() > bound) {
      kept.removeFirst();
    }
  }

  private static <K> Map<K, Deque<Kept>> leastRecentlyUsedFirstOut() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, Deque<Kept>> eldest) {
        return size() > MAX_KEYS;
      }
    };
  }

  /** A trace's entry operation: its root span's service and name. */
  private record Entry(String service, String name) {}

  /** A sample and the entry operation of its trace. */
  private record Kept(Entry entry, TraceSample sample) {}
}
