package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.window.WindowSummary;
import java.util.ArrayList;
import java.util.List;

/** Whole request windows (all four signals) of one operation fed to one engine. */
final class AnomalyEngineFixture {
  final SeriesStateStore store = SeriesStateStore.inMemory();
  final AnomalyEngine engine = new AnomalyEngine(DetectorCatalog.standard(), store);
  private final List<Anomaly> reported = new ArrayList<>();

  /** Window {@code index} of {@link Replay#CHECKOUT}. */
  void window(int index, long count, long errors, double p50, double p99) {
    window(Replay.CHECKOUT, index, count, errors, p50, p99);
  }

  void window(SeriesKey series, int index, long count, long errors, double p50, double p99) {
    long start = Replay.T0 + index * Replay.W;
    WindowSummary w = new WindowSummary(series, start, Replay.W, count, errors, p50, p99, p99);
    Observations.of(w).forEach(o -> reported.addAll(engine.accept(o)));
    reported.addAll(engine.advanceTo(start + Replay.W));
  }

  List<Anomaly> reported() {
    return reported;
  }
}
