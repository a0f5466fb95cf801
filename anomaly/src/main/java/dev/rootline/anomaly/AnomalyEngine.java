package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.SeriesKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the catalogue's detectors over closed-window observations, keeping each series' baselines and
 * detector memory in a {@link SeriesStateStore}. Runs on event time only, so a replay gives the same
 * anomalies as live traffic. Not thread-safe: one engine per stream task.
 */
public final class AnomalyEngine {
  /** A series silent this long is forgotten: its open anomalies resolve, its silence stops counting. */
  static final long RETIRE_AFTER_MILLIS = 3_600_000L;
  /** At most this many missing windows are filled in as silent at once. */
  static final int MAX_GAP_WINDOWS = 360;

  private final DetectorCatalog catalog;
  private final Versions versions = new Versions();
  private final States states;
  private final Map<String, Tracked> tracked = new LinkedHashMap<>();

  public AnomalyEngine(DetectorCatalog catalog, SeriesStateStore store) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.states = new States(Objects.requireNonNull(store, "store"), versions);
  }

  /**
   * Judges one observation and returns the anomalies it opened, updated or resolved. An observation
   * of a window not after the last one judged for its series and signal is ignored.
   */
  public List<Anomaly> accept(Observation observation) {
    if (observation.windowMillis() <= 0 || !Double.isFinite(observation.value())) {
      return List.of();
    }
    versions.seen(observation.series(), observation.windowEndMillis());
    List<Anomaly> out = new ArrayList<>(1);
    List<DetectorSpec> specs = catalog.specsFor(observation.series(), observation.signal());
    if (!specs.isEmpty()) {
      acceptSignal(observation, specs, out);
    }
    for (DetectorSpec spec : catalog.slosFor(observation.series(), observation.signal())) {
      acceptSlo(observation, spec, out);
    }
    return out;
  }

  /**
   * Lets event time pass to {@code eventTimeMillis}: every window ending at least one window before
   * it is taken as closed. A series with established traffic that produced no window since is
   * observed as silent (rate 0, so a drop); open anomalies of series that stay silent resolve, and a
   * series silent for an hour is forgotten.
   */
  public List<Anomaly> advanceTo(long eventTimeMillis) {
    List<Anomaly> out = new ArrayList<>();
    for (Tracked t : new ArrayList<>(tracked.values())) {
      long silence = eventTimeMillis - t.lastSeenEnd;
      if (silence >= RETIRE_AFTER_MILLIS) {
        close(t, "no data for an hour", out);
        tracked.remove(t.key);
      } else if (eventTimeMillis - t.lastEnd >= 2 * t.windowMillis) {
        if (t.established && !t.slo && !versions.superseded(t.series, t.lastSeenEnd)) {
          fillSilence(t, eventTimeMillis - t.windowMillis, out);
        } else if (t.open && silence >= (Episode.RESOLVE_AFTER + 1) * t.windowMillis) {
          close(t, "no data", out);
        }
      }
    }
    return out;
  }

  /** How many (series, signal) states this engine holds. */
  public int series() {
    return tracked.size();
  }

  static String key(SeriesKey series, String signal) {
    return States.key(series, signal);
  }

  private void acceptSignal(Observation o, List<DetectorSpec> specs, List<Anomaly> out) {
    String key = key(o.series(), o.signal());
    SignalState st = states.signal(key, o.series(), o.signal(), specs);
    long start = o.windowStartMillis();
    long w = o.windowMillis();
    if (start <= st.lastStart) {
      return;
    }
    Tracked t = track(key, o.series(), o.signal(), false, w);
    boolean quietDown = versions.otherActive(o.series(), o.windowEndMillis());
    if (st.model == DetectorSpec.Model.COUNT && st.lastStart != Long.MIN_VALUE
        && start - st.lastStart <= MAX_GAP_WINDOWS * w) {
      // Windows only exist when something happened: the ones in between counted nothing.
      for (long s = st.lastStart + w; s < start; s += w) {
        out.addAll(SignalDetector.step(st, specs, o.series(), o.signal(), Sample.silent(w), s, quietDown));
      }
    }
    out.addAll(SignalDetector.step(st, specs, o.series(), o.signal(), Sample.of(o), start, quietDown));
    t.lastSeenEnd = o.windowEndMillis();
    save(t, st, specs);
  }

  private void acceptSlo(Observation o, DetectorSpec spec, List<Anomaly> out) {
    String signal = spec.id();
    String key = key(o.series(), signal);
    SloState st = states.slo(key, o.series(), signal);
    Tracked t = track(key, o.series(), signal, true, o.windowMillis());
    out.addAll(SloDetector.step(st, spec, catalog.slo(), o, signal));
    t.lastSeenEnd = Math.max(t.lastSeenEnd, o.windowEndMillis());
    t.lastEnd = t.lastSeenEnd;
    t.open = st.episode != null;
    states.put(key, st);
  }

  private void fillSilence(Tracked t, long untilMillis, List<Anomaly> out) {
    List<DetectorSpec> specs = catalog.specsFor(t.series, t.signal);
    SignalState st = states.signal(t.key, t.series, t.signal, specs);
    long w = t.windowMillis;
    int filled = 0;
    for (long s = st.lastStart + w; s + w <= untilMillis && filled < MAX_GAP_WINDOWS; s += w, filled++) {
      out.addAll(SignalDetector.step(st, specs, t.series, t.signal, Sample.silent(w), s, false));
    }
    save(t, st, specs);
  }

  /** Resolves the open anomaly of a silent series, if any. */
  private void close(Tracked t, String note, List<Anomaly> out) {
    if (!t.open) {
      return;
    }
    if (t.slo) {
      SloState st = states.slo(t.key, t.series, t.signal);
      DetectorSpec spec = catalog.detector(t.signal);
      if (st.episode != null && spec != null) {
        out.add(Reports.of(t.series, t.signal, spec, st.episode, Anomaly.State.RESOLVED, note));
        st.episode = null;
        states.put(t.key, st);
      }
    } else {
      List<DetectorSpec> specs = catalog.specsFor(t.series, t.signal);
      SignalState st = states.signal(t.key, t.series, t.signal, specs);
      if (st.episode != null) {
        SignalDetector.resolve(st, specs.get(st.episode.spec), t.series, t.signal, note, out);
        save(t, st, specs);
      }
    }
    t.open = false;
  }

  private void save(Tracked t, SignalState st, List<DetectorSpec> specs) {
    t.lastEnd = st.lastStart + st.windowMillis;
    t.windowMillis = st.windowMillis;
    t.open = st.episode != null;
    t.established = SignalDetector.established(st, specs);
    states.put(t.key, st);
  }

  private Tracked track(String key, SeriesKey series, String signal, boolean slo, long windowMillis) {
    Tracked t = tracked.computeIfAbsent(key, k -> new Tracked(k, series, signal, slo));
    t.windowMillis = windowMillis;
    return t;
  }
}
