package dev.rootline.rca.evidence;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.rca.TraceSample;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.TraceIds;
import dev.rootline.core.window.SeriesKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recent past that root cause analysis reads: per-bucket tallies of every service, version,
 * call edge and metric series, the changes, and example traces; bounded in keys and in time.
 * Fed by assembled traces, metric observations and change events, in event time. Not thread-safe.
 */
public final class EvidenceStore {
  private static final int MAX_CHANGES = 1_000;
  private static final int EXAMPLES_PER_SERVICE = 4;
  private static final String RATE = "rate";

  private final long bucketMillis;
  private final int buckets;
  private final int maxKeys;
  private final Map<Key, TallyRing> rings = new HashMap<>();
  private final Deque<DeployEvent> changes = new ArrayDeque<>();
  private final Map<String, Deque<Example>> failing = new HashMap<>();
  private final Map<String, Deque<Example>> normal = new HashMap<>();
  private final TraceSamples samples = new TraceSamples();
  /**
   * The rings of {@link #rings} again, by type, name and detail, so that a trace's spans find theirs
   * without making a key. {@code rings} stays the one iterated: its order (by the key's hash) is the
   * order {@link #keys} and {@link #neighbours} give, which the wording of reports follows.
   */
  private final Map<Key.Type, Map<String, Map<String, TallyRing>>> byNames = new EnumMap<>(Key.Type.class);
  private final TraceFacts facts = new TraceFacts();
  private long droppedKeys;

  public EvidenceStore(Duration bucket, Duration horizon, int maxKeys) {
    this.bucketMillis = bucket.toMillis();
    this.buckets = (int) Math.max(1, horizon.toMillis() / bucketMillis);
    this.maxKeys = maxKeys;
    for (Key.Type type : Key.Type.values()) {
      byNames.put(type, new HashMap<>());
    }
  }

  /**
   * A store for the service: 10 s buckets over 60 minutes (a 30-minute baseline and 30 minutes of
   * incident), at most 5,000 keys: at most about 80 bytes per non-empty bucket, 150 MB when full.
   */
  public static EvidenceStore standard() {
    return new EvidenceStore(Duration.ofSeconds(10), Duration.ofMinutes(60), 5_000);
  }

  /** Records one assembled trace, every trace being read. */
  public void trace(List<Span> trace) {
    trace(trace, 1);
  }

  /**
   * Records one assembled trace read from a share of traces, standing for {@code weight} traces:
   * counts stay what was read, {@link Tally#traffic()} scales them to all traffic.
   */
  public void trace(List<Span> trace, int weight) {
    if (trace.isEmpty()) {
      return;
    }
    Set<String> origins = facts.record(trace, weight, this);
    samples.trace(trace, origins);
    Span first = trace.get(0);
    Example example = new Example(first.traceIdHigh(), first.traceIdLow(), first.startNanos() / 1_000_000);
    String previous = null;
    for (Span span : trace) {
      String service = span.resource().service();
      if (service == previous) { // the same name object: a run of one service's spans, already kept
        continue;
      }
      previous = service;
      Map<String, Deque<Example>> into = origins.contains(service) ? failing : normal;
      Deque<Example> kept = into.computeIfAbsent(service, s -> new ArrayDeque<>());
      if (kept.isEmpty() || !kept.peekLast().sameTrace(example)) {
        kept.addLast(example);
        if (kept.size() > EXAMPLES_PER_SERVICE) {
          kept.removeFirst();
        }
      }
      if (into.size() > maxKeys) {
        into.remove(service);
      }
    }
  }

  /**
   * Records a metric series' observation (request and edge observations are read from traces); a
   * {@code rate} is kept as the amount in its window, so that sums over time are counts.
   */
  public void observation(Observation observation) {
    if (!(observation.series() instanceof SeriesKey.Metric metric) || !Double.isFinite(observation.value())) {
      return;
    }
    Tally t = tally(Key.metric(metric.service(), metric.name(), observation.signal()), observation.windowStartMillis());
    if (t != null) {
      t.count++;
      t.sum += observation.signal().equals(RATE)
          ? observation.value() * observation.windowMillis() / 1000.0 : observation.value();
    }
  }

  /** Records a change; the oldest go first past a bound. */
  public void change(DeployEvent change) {
    changes.addLast(change);
    if (changes.size() > MAX_CHANGES) {
      changes.removeFirst();
    }
  }

  /** The tally of the key over buckets starting in {@code [from, until)}. */
  public Tally sum(Key key, long fromMillis, long untilMillis) {
    TallyRing ring = rings.get(key);
    return ring == null ? new Tally() : ring.sum(fromMillis, untilMillis);
  }

  /** The key's non-empty buckets starting in {@code [from, until)}, oldest first. */
  public List<Tally> buckets(Key key, long fromMillis, long untilMillis) {
    TallyRing ring = rings.get(key);
    return ring == null ? List.of() : ring.buckets(fromMillis, untilMillis);
  }

  /** The start of the key's first non-empty bucket in {@code [from, until)}, or -1. */
  public long firstSeen(Key key, long fromMillis, long untilMillis) {
    TallyRing ring = rings.get(key);
    return ring == null ? -1 : ring.firstSeen(fromMillis, untilMillis);
  }

  /** Every key of this type. */
  public List<Key> keys(Key.Type type) {
    List<Key> out = new ArrayList<>();
    for (Key key : rings.keySet()) {
      if (key.type() == type) {
        out.add(key);
      }
    }
    return out;
  }

  /** The services and dependencies the service calls or is called by, over the whole horizon. */
  public Set<String> neighbours(String service) {
    Set<String> out = new HashSet<>();
    for (Key edge : rings.keySet()) {
      if (edge.type() != Key.Type.EDGE) {
        continue;
      }
      if (edge.name().equals(service)) {
        out.add(edge.detail());
      } else if (edge.detail().equals(service)) {
        out.add(edge.name());
      }
    }
    return out;
  }

  /** The changes that took effect in {@code [from, until)}, oldest first. */
  public List<DeployEvent> changes(long fromMillis, long untilMillis) {
    List<DeployEvent> out = new ArrayList<>();
    for (DeployEvent change : changes) {
      long at = change.at().toEpochMilli();
      if (at >= fromMillis && at < untilMillis) {
        out.add(change);
      }
    }
    return out;
  }

  /** The latest trace in {@code [from, until)} in which a failure began in the service, or null. */
  public String failingTrace(String service, long fromMillis, long untilMillis) {
    return latest(failing.get(service), fromMillis, untilMillis);
  }

  /** The latest trace before {@code until} that passed through the service without failing there, or null. */
  public String normalTrace(String service, long fromMillis, long untilMillis) {
    return latest(normal.get(service), fromMillis, untilMillis);
  }

  /**
   * Example traces of the service for a waterfall: a trace in which a failure began there, the
   * latest in {@code [from, until)} else the latest kept; then, when one was kept, a trace of the same
   * entry operation in which nothing failed, from before {@code from} when possible. Empty when no
   * failure began in the service while its samples were kept. Span names are as received: redact them
   * before they leave.
   */
  public List<TraceSample> exampleTraces(String service, long fromMillis, long untilMillis) {
    return samples.examples(service, fromMillis, untilMillis);
  }

  public long bucketMillis() {
    return bucketMillis;
  }

  /** Keys not kept because the store was full. */
  public long droppedKeys() {
    return droppedKeys;
  }

  /** The tally for the key's bucket holding {@code millis}, or null when the store is full. */
  Tally tally(Key key, long millis) {
    TallyRing ring = ring(key);
    return ring == null ? null : ring.at(millis);
  }

  /** The same for the key of these parts, found through {@link #byNames} without making a key. */
  Tally tally(Key.Type type, String name, String detail, long millis) {
    Map<String, TallyRing> byDetail = byNames.get(type).get(name);
    TallyRing ring = byDetail == null ? null : byDetail.get(detail);
    if (ring == null) {
      ring = ring(new Key(type, name, detail));
      if (ring == null) {
        return null;
      }
      byNames.get(type).computeIfAbsent(name, n -> new HashMap<>(4)).put(detail, ring);
    }
    return ring.at(millis);
  }

  private TallyRing ring(Key key) {
    TallyRing ring = rings.get(key);
    if (ring == null) {
      if (rings.size() >= maxKeys) {
        droppedKeys++;
        return null;
      }
      ring = new TallyRing(bucketMillis, buckets);
      rings.put(key, ring);
    }
    return ring;
  }

  private static String latest(Deque<Example> examples, long fromMillis, long untilMillis) {
    if (examples == null) {
      return null;
    }
    var it = examples.descendingIterator();
    while (it.hasNext()) {
      Example e = it.next();
      if (e.atMillis() >= fromMillis && e.atMillis() < untilMillis) {
        return TraceIds.hex(e.traceIdHigh(), e.traceIdLow());
      }
    }
    return null;
  }

  /** A trace that passed through a service; its id is written out only when asked for. */
  private record Example(long traceIdHigh, long traceIdLow, long atMillis) {
    boolean sameTrace(Example other) {
      return traceIdHigh == other.traceIdHigh && traceIdLow == other.traceIdLow;
    }
  }
}
