package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Observation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Holds the partial observations replicas publish of one window until the window is whole, then
 * hands on their {@link ObservationMerge merge}: so detectors judge whole windows, not whichever
 * replica's share came first (docs/adr/018-scale-out-and-restart.md).
 *
 * <p>A live window is due {@code settle} after it was first seen, plus however much longer than its
 * first partial's sender the slowest recent sender of the same source waits before closing a
 * window ({@link SenderGraces}), at most half its length. Replicas say how far they have closed a
 * source's windows in {@link #progress progress records}, each sent after the partials of the
 * windows it covers ({@link ReplicaProgress}); a partial's own word on that is not taken, since a
 * partial of the same close still in flight (a broker going away mid-send) may come after it. A
 * live window that a replica heard from within the last two windows has not closed yet (it closes
 * a moment later, or reads behind, as after an outage) waits for that replica too: handed on once
 * every replica has closed it, else after a window's length of the time records kept coming (an
 * outage, when nothing comes, does not count), at most {@value #CATCH_UP_WAIT_MILLIS} ms. A window
 * first seen more than a window after its sender's grace comes from a backlog (after an outage, a
 * restart, a rebalance), which replicas read at their own pace, seconds to minutes apart: it waits
 * until every replica heard from lately has closed it, at least {@value #CATCH_UP_MIN_WAIT_MILLIS}
 * ms (for a replica not heard from yet) and at most {@value #CATCH_UP_WAIT_MILLIS} ms. Several
 * windows of a series may be held; they go in order. A partial that says nothing of its sender's
 * progress (an older replica) hands the earlier windows of its series on at once. A partial of a
 * window already handed on is counted late and dropped.
 *
 * <p>Bounded: past {@code maxEntries} windows held, the one first seen earliest is handed on early.
 * In memory only: a task moving to another replica loses at most the partials held then.
 * Time is whatever clock the caller passes (milliseconds). Not thread-safe.
 */
public final class PartialWindows {
  /** How long a window read from a backlog waits at least, and at most, for the other replicas' shares. */
  static final long CATCH_UP_MIN_WAIT_MILLIS = 10_000, CATCH_UP_WAIT_MILLIS = 60_000;
  /** A replica not heard from for this long while others were is no longer waited for. */
  static final long REPLICA_EXPIRY_MILLIS = 30_000;

  /** What happened to partials, for counting. */
  public interface Listener {
    /** A partial from {@code sender} joined a window already held. */
    default void merged(Sender sender) {}

    /** A partial from {@code sender} of a window already handed on was dropped. */
    default void late(Sender sender) {}

    /** A window of {@code source} was handed on before it settled, because too many were held. */
    default void overflowed(String source) {}
  }

  /**
   * One whole window handed on.
   *
   * @param observation the merge of its partials
   * @param timestamp   the newest timestamp given with its partials (for records sent downstream)
   */
  public record Whole(Observation observation, long timestamp) {}

  /**
   * Who closed a partial: the source of its window ({@code spans}, {@code metrics}, {@code logs}),
   * the grace the sending replica waited past the window's end before closing it, the replica, and
   * the window end up to which that replica has closed every window of the source.
   */
  public record Sender(String source, long graceMillis, String replica, long closedThroughMillis) {
    /** The sources Rootline's replicas close windows of. */
    public static final String SPANS = "spans", METRICS = "metrics", LOGS = "logs";

    /** A partial that says nothing of its sender: waits the settle time only. */
    public static final Sender UNKNOWN = new Sender("", 0);

    public Sender {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(replica, "replica");
      graceMillis = Math.max(0, graceMillis);
    }

    /** A sender that says its source and grace but not who it is or how far it has closed. */
    public Sender(String source, long graceMillis) {
      this(source, graceMillis, "", ReplicaProgress.UNKNOWN);
    }

    /** Whether it says who it is and how far it has closed its windows. */
    public boolean saysProgress() {
      return !replica.isEmpty() && closedThroughMillis != ReplicaProgress.UNKNOWN;
    }
  }

  /** Partials kept as they are per window; beyond, they are merged into one first. */
  private static final int MAX_PARTS = 32;
  /** No deadline in activity time. */
  private static final long NEVER = Long.MAX_VALUE;

  private final DetectorCatalog catalog;
  private final long settleMillis;
  private final int maxEntries;
  private final Listener listener;
  /** Held windows by series and signal, by window start. */
  private final Map<String, TreeMap<Long, Pending>> pending = new HashMap<>();
  /** Every held window, first seen earliest first (for the bound). */
  private final Set<Pending> byFirstSeen = new LinkedHashSet<>();
  /** The start of the last window handed on per series and signal, least recently used first. */
  private final Map<String, Long> handed;
  private final SenderGraces graces = new SenderGraces();
  private final ReplicaProgress progress = new ReplicaProgress(REPLICA_EXPIRY_MILLIS);

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
   * Takes one partial seen at {@code nowMillis}; returns the windows it made due (earlier windows
   * of its series when its sender says nothing of its progress, or one pushed out by the bound),
   * oldest first. An observation detectors would ignore anyway (no length, no finite value) is
   * handed on as it is.
   *
   * @param timestamp the partial's record timestamp, carried to the whole window
   * @param nowMillis the wall clock, from which the window's wait runs
   * @param sender    who closed the partial, or {@link Sender#UNKNOWN}
   */
  public List<Whole> add(Observation o, long timestamp, long nowMillis, Sender sender) {
    List<Whole> out = new ArrayList<>(1);
    if (o.windowMillis() <= 0 || !Double.isFinite(o.value())) {
      out.add(new Whole(o, timestamp));
      return out;
    }
    long extraWait = graces.extraWait(sender, nowMillis);
    progress.arrived(nowMillis);
    String key = AnomalyEngine.key(o.series(), o.signal());
    Long last = handed.get(key);
    TreeMap<Long, Pending> windows = pending.get(key); // null while none is held: never empty
    Pending held = windows == null ? null : windows.get(o.windowStartMillis());
    if (held != null && ObservationMerge.sameWindow(held.parts.get(0), o)) {
      held.add(o, timestamp);
      listener.merged(sender);
      return out;
    }
    boolean older = !sender.saysProgress() && windows != null && o.windowStartMillis() < windows.lastKey();
    if ((last != null && o.windowStartMillis() <= last) || older || held != null) {
      listener.late(sender); // its window was handed on, or (older replicas) a later one is held
      return out;
    }
    if (windows == null) {
      windows = new TreeMap<>();
      pending.put(key, windows);
    } else if (!sender.saysProgress()) {
      handOnThrough(key, windows, windows.lastKey(), out);
    }
    Pending fresh = pendingFor(key, o, nowMillis, sender, extraWait);
    fresh.add(o, timestamp);
    windows.put(o.windowStartMillis(), fresh);
    byFirstSeen.add(fresh);
    if (byFirstSeen.size() > maxEntries) {
      Pending eldest = byFirstSeen.iterator().next();
      TreeMap<Long, Pending> ofEldest = pending.get(eldest.key);
      handOnThrough(eldest.key, ofEldest, eldest.start(), out);
      dropIfEmpty(eldest.key, ofEldest);
      listener.overflowed(eldest.source);
    }
    return out;
  }

  /**
   * Takes a replica's progress record, seen at {@code nowMillis}: every window of its source
   * ending at or before {@link Sender#closedThroughMillis()} has been closed, and its partials of
   * those windows sent before this record. Held windows it makes whole are due at the next
   * {@link #due}.
   */
  public void progress(Sender sender, long nowMillis) {
    progress.note(sender, nowMillis);
  }

  /**
   * A new held window and its wait: a backlog's waits for every replica, 10 s to 60 s; a live one
   * settles, and while another replica heard within the last two windows has not closed it yet,
   * waits for that replica up to a window's length of activity (60 s at most).
   */
  private Pending pendingFor(String key, Observation o, long nowMillis, Sender sender, long extraWait) {
    boolean additive = ObservationMerge.additive(catalog, o);
    if (sender.saysProgress() && nowMillis - o.windowEndMillis() > sender.graceMillis() + o.windowMillis()) {
      return new Pending(key, nowMillis + CATCH_UP_MIN_WAIT_MILLIS, nowMillis + CATCH_UP_WAIT_MILLIS,
          NEVER, sender.source(), additive);
    }
    long live = nowMillis + Math.min(settleMillis + extraWait, o.windowMillis() / 2);
    if (sender.saysProgress()
        && progress.someBehind(sender.source(), sender.replica(), o.windowEndMillis(), 2 * o.windowMillis())) {
      // The window's length is counted in activity, not on the wall clock: during an outage of
      // the broker nothing comes, and the other replica's share arrives only after it.
      return new Pending(key, live, nowMillis + CATCH_UP_WAIT_MILLIS,
          progress.activeMillis() + o.windowMillis(), sender.source(), additive);
    }
    return new Pending(key, live, live, NEVER, sender.source(), additive);
  }

  /**
   * Hands on every held window due by {@code nowMillis} (past its deadline, or whole and past its
   * least wait), with the earlier windows of its series, oldest first within each series.
   */
  public List<Whole> due(long nowMillis) {
    List<Whole> out = new ArrayList<>();
    Map<String, Long> closedThrough = new HashMap<>(4);
    Iterator<Map.Entry<String, TreeMap<Long, Pending>>> it = pending.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, TreeMap<Long, Pending>> e = it.next();
      long upTo = Long.MIN_VALUE;
      for (Pending p : e.getValue().values()) {
        if (p.latestMillis <= nowMillis || (p.earliestMillis <= nowMillis
            && (p.latestActiveMillis <= progress.activeMillis() || whole(p, closedThrough)))) {
          upTo = p.start();
        }
      }
      if (upTo != Long.MIN_VALUE) {
        handOnThrough(e.getKey(), e.getValue(), upTo, out);
      }
      if (e.getValue().isEmpty()) {
        it.remove();
      }
    }
    return out;
  }

  /**
   * The earliest end of a window held, or {@code Long.MAX_VALUE}: event time must not be taken past
   * it as silence while the window's shares are still coming.
   */
  public long earliestHeldEnd() {
    long earliest = Long.MAX_VALUE;
    for (TreeMap<Long, Pending> windows : pending.values()) {
      if (!windows.isEmpty()) {
        earliest = Math.min(earliest, windows.firstEntry().getValue().end());
      }
    }
    return earliest;
  }

  /** How many windows are held. */
  public int held() {
    return byFirstSeen.size();
  }

  /** Whether every replica of the window's source heard from lately has closed it (per-call cache). */
  private boolean whole(Pending p, Map<String, Long> closedThrough) {
    long closed = closedThrough.computeIfAbsent(p.source, progress::closedThrough);
    return closed != ReplicaProgress.UNKNOWN && p.end() <= closed;
  }

  private void handOnThrough(String key, TreeMap<Long, Pending> windows, long lastStart, List<Whole> out) {
    Map<Long, Pending> through = windows.headMap(lastStart, true);
    for (Pending p : through.values()) {
      byFirstSeen.remove(p);
      handed.merge(key, p.start(), Math::max);
      out.add(new Whole(ObservationMerge.merge(p.parts, p.additive), p.timestamp));
    }
    through.clear();
  }

  private void dropIfEmpty(String key, TreeMap<Long, Pending> windows) {
    if (windows.isEmpty()) {
      pending.remove(key);
    }
  }

  /**
   * The partials held of one window of {@code source} (its first partial's): due at
   * {@code latestMillis}, or from {@code earliestMillis} on once the replicas of the source have
   * all closed it or records have kept coming until {@code latestActiveMillis} (activity time).
   */
  private static final class Pending {
    final String key;
    final long earliestMillis;
    final long latestMillis;
    final long latestActiveMillis;
    final String source;
    final boolean additive;
    final List<Observation> parts = new ArrayList<>(2);
    long timestamp = Long.MIN_VALUE;

    Pending(String key, long earliestMillis, long latestMillis, long latestActiveMillis, String source,
        boolean additive) {
      this.key = key;
      this.earliestMillis = earliestMillis;
      this.latestMillis = latestMillis;
      this.latestActiveMillis = latestActiveMillis;
      this.source = source;
      this.additive = additive;
    }

    long start() {
      return parts.get(0).windowStartMillis();
    }

    long end() {
      return parts.get(0).windowEndMillis();
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
