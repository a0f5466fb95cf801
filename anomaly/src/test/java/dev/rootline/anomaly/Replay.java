package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.SeriesKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Feeds an inline series to an engine window by window, letting event time pass after each, and
 * writes the anomalies as a compact string: {@code open@41 up resolved@55}, the number being the
 * window whose processing reported it.
 */
final class Replay {
  static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
  static final long W = 10_000;
  static final SeriesKey CHECKOUT = new SeriesKey.Operation("checkout", "POST /checkout", "1.0.0");

  private final AnomalyEngine engine;
  private final List<Anomaly> reported = new ArrayList<>();
  private final List<String> events = new ArrayList<>();

  Replay(AnomalyEngine engine) {
    this.engine = engine;
  }

  Replay() {
    this(new AnomalyEngine(DetectorCatalog.standard(), SeriesStateStore.inMemory()));
  }

  /** The events of one script on {@code signal} of {@link #CHECKOUT}, each window resting on {@code samples}. */
  static String run(String signal, String script, long samples) {
    return new Replay().play(CHECKOUT, signal, Script.parse(script, samples), 0, a -> true).events();
  }

  /** Plays a script from window {@code first}, reporting the anomalies that pass {@code filter}. */
  Replay play(SeriesKey series, String signal, Script script, int first, Predicate<Anomaly> filter) {
    for (int i = 0; i < script.windows().size(); i++) {
      Script.Window w = script.windows().get(i);
      int index = first + i;
      long start = T0 + index * W;
      if (!w.silent()) {
        boolean requests = signal.equals("rate") && !(series instanceof SeriesKey.Metric);
        long samples = requests ? Math.round(w.value() * W / 1000) : w.samples();
        record(index, engine.accept(new Observation(series, signal, start, W, w.value(), samples)), filter);
      }
      record(index, engine.advanceTo(start + W), filter);
    }
    return this;
  }

  void record(int index, List<Anomaly> anomalies, Predicate<Anomaly> filter) {
    for (Anomaly a : anomalies) {
      if (!filter.test(a)) {
        continue;
      }
      reported.add(a);
      String event = a.state().name().toLowerCase(Locale.ROOT) + "@" + index;
      events.add(a.state() == Anomaly.State.OPEN
          ? event + " " + a.direction().name().toLowerCase(Locale.ROOT) : event);
    }
  }

  String events() {
    return String.join(" ", events);
  }

  /** The events without the ongoing reports, for long incidents. */
  String openAndResolved() {
    return String.join(" ", events.stream().filter(e -> !e.startsWith("ongoing")).toList());
  }

  AnomalyEngine engine() {
    return engine;
  }

  List<Anomaly> reported() {
    return reported;
  }
}
