package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.window.WindowSummary;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Memory per active series, measured two ways: the serialized state of an operation series whose
 * every structure is full, and the heap an engine with an in-memory store holds for 10,000 such
 * series. Every structure is of fixed size once touched (a ring of 60 values, 96 profile slots,
 * 96 SLO buckets), so an hour of windows gives the same size as weeks.
 */
class MemoryFootprintTest {
  private static final int SERIES = 10_000;
  private static final long LIMIT = 16 * 1024;

  @Test
  void activeSeries_staysUnder16KiB_serializedAndOnTheHeap() {
    Map<String, byte[]> full = fullState();
    long serialized = full.values().stream().mapToLong(b -> b.length).sum();

    long before = usedHeap();
    SeriesStateStore store = SeriesStateStore.inMemory();
    AnomalyEngine engine = new AnomalyEngine(DetectorCatalog.standard(), store);
    long next = Replay.T0 + 400 * Replay.W;
    for (int i = 0; i < SERIES; i++) {
      SeriesKey series = new SeriesKey.Operation("svc" + i % 100, "GET /route/" + i, "1.0.0");
      full.forEach((suffix, bytes) -> store.put(series.id() + suffix, bytes.clone()));
      WindowSummary w = new WindowSummary(series, next, Replay.W, 120, 1, 40, 90, 110);
      for (Observation o : Observations.of(w)) {
        engine.accept(o);
      }
    }
    long perSeries = (usedHeap() - before) / SERIES;

    System.out.printf("memory per operation series: %d B serialized, %d B on the heap (%d series, %d states)%n",
        serialized, perSeries, SERIES, engine.series());
    assertThat(engine.series()).isEqualTo(SERIES * full.size());
    assertThat(serialized).isLessThan(LIMIT);
    assertThat(perSeries).isLessThan(LIMIT);
  }

  /** The states of one operation series after an hour and a bit of windows, by key suffix. */
  private static Map<String, byte[]> fullState() {
    Map<String, byte[]> written = new HashMap<>();
    SeriesStateStore store = new SeriesStateStore() {
      @Override
      public byte[] get(String key) {
        return written.get(key);
      }

      @Override
      public void put(String key, byte[] state) {
        written.put(key, state);
      }
    };
    AnomalyEngine engine = new AnomalyEngine(DetectorCatalog.standard(), store);
    Traffic traffic = new Traffic(Replay.CHECKOUT, 20, 0.01, 40, 0.5, 1);
    for (int i = 0; i < 400; i++) {
      WindowSummary w = traffic.window(Replay.T0 + i * Replay.W, Replay.W, 1, 0);
      if (w != null) {
        Observations.of(w).forEach(engine::accept);
      }
    }
    Map<String, byte[]> bySuffix = new HashMap<>();
    written.forEach((key, bytes) -> bySuffix.put(key.substring(Replay.CHECKOUT.id().length()), bytes));
    return bySuffix;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
    }
    return least;
  }
}
