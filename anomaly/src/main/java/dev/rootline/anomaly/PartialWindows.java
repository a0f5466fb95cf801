package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Observation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Holds the partial observations replicas publish of one window until the window is due, then hands
 * on their {@link ObservationMerge merge}: so detectors judge whole windows, not whichever replica's
 * share came first (docs/adr/018-scale-out-and-restart.md). A window is due once it was first seen
 * {@code settle} ago, plus however much longer than its first partial's sender the slowest recent
 * sender of the same source waits before closing a window ({@link SenderGraces}); never more than
 * half its length. It is due at once when a later window of the same series and signal arrives. A
 * partial of a window already handed on is counted late and dropped.
 *
 * <p>Bounded: past {@code maxEntries} windows held, the one first seen earliest is handed on early.
 * In memory only: a task moving to another replica loses at most the partials of one settle time.
 * Time is whatever clock the caller passes (milliseconds). Not thread-safe.
 */
public final class PartialWindows {
  /** What happened to partials, for counting. */
  public interface Listener {
    /** A partial from {@code sender} joined a window already held. */
    default void merged(Sender sender) {}

    /** A partial from {@code sender} of a window already handed on was dropped. */
    default void late(Sender sender) {}

    /** A window was handed on before it settled, because too many were held. */
    default void overflowed() {}
  }

  /**
   * One whole window handed on.
   *
   * @param observation the merge of its partials
   * @param timestamp   the newest timestamp given with its partials (for records sent downstream)
   */
  public record Whole(Observation observation, long timestamp) {}

  /**
   * Who closed a partial: the source of its window ({@code spans}, {@code metrics}, {@code logs})
   * and the grace the sending replica waited past the window's end before closing it.
   */
  public record Sender(String source, long graceMillis) {
    /** The sources Rootline's replicas close windows of. */
    public static final String SPANS = "spans", METRICS = "metrics", LOGS = "logs";

    /** A partial that says nothing of its sender: waits the settle time only. */
    public static final Sender UNKNOWN = new Sender("", 0);

    public Sender {
      Objects.requireNonNull(source, "source");
      graceMillis = Math.max(0, graceMillis);
    }
  }

  /** Partials kept as they are per window; beyond, they are merged into one first. */
  private static final int MAX_PARTS = 32;

  private final DetectorCatalog catalog;
  private final long settleMillis;
  private final int maxEntries;
  private final Listener listener;
  /** Held windows by series and signal, first seen earliest first. */
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  /** The start of the last window handed on per series and signal, least recently used first. */
  private final Map<String, Long> handed;
  private final SenderGraces graces = new SenderGraces();

  public PartialWindows(DetectorCatalog catalog, long settleMillis, int maxEntries, Listener listener) {
    if (settleMillis < 0 || maxEntries < 1) {
      throw new IllegalArgumentException("settle " + settleMillis + " ms, max entries " + maxEntries);
    }
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.settleMillis = settleMillis;
    this.maxEntries = maxEntries;
    this.listener = Objects.requireNonNull(listener, "listener");
    int remembered = 4 * maxEntries;
    this.handed = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
        return size() > remembered;
      }
    };
  }

  /**
   * Takes one partial seen at {@code nowMillis}; returns the windows it made due (an earlier window
   * of the same series and signal, or one pushed out by the bound), oldest first. An observation
   * detectors would ignore anyway (no length, no finite value) is handed on as it is.
   *
   * @param timestamp the partial's record timestamp, carried to the whole window
   * @param nowMillis the wall clock, from which the window's settle time runs
   * @param sender    who closed the partial, or {@link Sender#UNKNOWN}
   */
  public List<Whole> add(Observation o, long timestamp, long nowMillis, Sender sender) {
    List<Whole> out = new ArrayList<>(1);
    if (o.windowMillis() <= 0 || !Double.isFinite(o.value())) {
      out.add(new Whole(o, timestamp));
      return out;
    }
    long extraWait = graces.extraWait(sender, nowMillis);
    String key = AnomalyEngine.key(o.series(), o.signal());
    Pending held = pending.get(key);
    if (held != null && ObservationMerge.sameWindow(held.parts.get(0), o)) {
      held.add(o, timestamp);
      listener.merged(sender);
      return out;
    }
    Long last = handed.get(key);
    long newest = held != null ? held.start() : last != null ? last : Long.MIN_VALUE;
    if (o.windowStartMillis() <= newest) { // its window was handed on, or a later one is held
      listener.late(sender);
      return out;
    }
    if (held != null) {
      pending.remove(key); // re-inserted below, so the order stays first seen earliest first
      out.add(handOn(key, held));
    }
    Pending fresh = new Pending(nowMillis + Math.min(settleMillis + extraWait, o.windowMillis() / 2),
        ObservationMerge.additive(catalog, o));
    fresh.add(o, timestamp);
    pending.put(key, fresh);
    if (pending.size() > maxEntries) {
      Iterator<Map.Entry<String, Pending>> eldest = pending.entrySet().iterator();
      Map.Entry<String, Pending> e = eldest.next();
      eldest.remove();
      out.add(handOn(e.getKey(), e.getValue()));
      listener.overflowed();
    }
    return out;
  }

  /** Hands on every held window settled by {@code nowMillis}, first seen earliest first. */
  public List<Whole> due(long nowMillis) {
    return drain(p -> p.dueMillis <= nowMillis);
  }

  /**
   * Hands on every held window that ended at least one window before event time {@code eventMillis}:
   * the engine would take such a window as silent once event time passes there.
   */
  public List<Whole> closedBy(long eventMillis) {
    return drain(p -> p.parts.get(0).windowEndMillis() + p.parts.get(0).windowMillis() <= eventMillis);
  }

  /** How many windows are held. */
  public int held() {
    return pending.size();
  }

  private List<Whole> drain(Predicate<Pending> ready) {
    List<Whole> out = new ArrayList<>();
    Iterator<Map.Entry<String, Pending>> it = pending.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Pending> e = it.next();
      if (ready.test(e.getValue())) {
        it.remove();
        out.add(handOn(e.getKey(), e.getValue()));
      }
    }
    return out;
  }

  private Whole handOn(String key, Pending p) {
    handed.put(key, p.start());
    return new Whole(ObservationMerge.merge(p.parts, p.additive), p.timestamp);
  }

  /** The partials held of one window. */
  private static final class Pending {
    final long dueMillis;
    final boolean additive;
    final List<Observation> parts = new ArrayList<>(2);
    long timestamp = Long.MIN_VALUE;

    Pending(long dueMillis, boolean additive) {
      this.dueMillis = dueMillis;
      this.additive = additive;
    }

    long start() {
      return parts.get(0).windowStartMillis();
    }

    void add(Observation o, long recordTimestamp) {
      timestamp = Math.max(timestamp, recordTimestamp);
      parts.add(o);
      if (parts.size() >= MAX_PARTS) {
        Observation one = ObservationMerge.merge(parts, additive); // keeps the sum, or the samples' weight
        parts.clear();
        parts.add(one);
      }
    }
  }
}
