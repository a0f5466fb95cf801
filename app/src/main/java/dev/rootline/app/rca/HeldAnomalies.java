package dev.rootline.app.rca;

import dev.rootline.core.anomaly.Anomaly;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds the anomalies reread at start until the analysis has caught up, then hands them on in onset
 * order (updates of one anomaly in the order they came): by then the windows, and with them the
 * call graph that groups anomalies, are in too, so the rebuilt incidents do not depend on how the
 * partitions of two topics interleaved. Bounded: past {@code capacity} held anomalies the rest go
 * straight on. Thread-safe; the target is called under this object's lock.
 */
final class HeldAnomalies {
  private static final Comparator<Anomaly> ONSET = Comparator.comparing(Anomaly::onset).thenComparing(Anomaly::id);
  private final int capacity;
  private final Consumer<Anomaly> target;
  private List<Anomaly> held = new ArrayList<>();

  HeldAnomalies(int capacity, Consumer<Anomaly> target) {
    this.capacity = capacity;
    this.target = target;
  }

  /** Holds the anomaly while not caught up; otherwise releases what is held, then hands it on. */
  synchronized void offer(Anomaly anomaly, boolean caughtUp) {
    if (!caughtUp && held != null && held.size() < capacity) {
      held.add(anomaly);
      return;
    }
    release();
    target.accept(anomaly);
  }

  /** Hands on what is held, in onset order (a stable sort keeps one anomaly's updates in order). */
  synchronized void release() {
    if (held != null) {
      List<Anomaly> out = held;
      held = null;
      out.sort(ONSET);
      out.forEach(target);
    }
  }
}
