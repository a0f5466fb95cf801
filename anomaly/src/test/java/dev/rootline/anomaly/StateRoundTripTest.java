package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.WindowSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Detector state lives in the store: a second engine on the same store carries on where the first stopped. */
class StateRoundTripTest {

  @Test
  void secondEngine_continuesTheBaselineAndTheOpenAnomaly() {
    SeriesStateStore store = SeriesStateStore.inMemory();
    Replay first = new Replay(new AnomalyEngine(DetectorCatalog.standard(), store));
    first.play(Replay.CHECKOUT, "latency_p99", Script.parse("100~5*40 | 300~10*5", 200), 0, a -> true);
    assertThat(first.events()).isEqualTo("open@42 up");

    Replay second = new Replay(new AnomalyEngine(DetectorCatalog.standard(), store));
    second.play(Replay.CHECKOUT, "latency_p99", Script.parse("300~10*3 | 100~5*10", 200), 45, a -> true);

    assertThat(second.events()).as("no new anomaly: the open one goes on and resolves").isEqualTo("resolved@53");
    assertThat(second.reported().get(0).id()).isEqualTo(first.reported().get(0).id());
  }

  @Test
  void secondEngine_judgesAStepAtOnceInsteadOfStartingCold() {
    SeriesStateStore store = SeriesStateStore.inMemory();
    new Replay(new AnomalyEngine(DetectorCatalog.standard(), store))
        .play(Replay.CHECKOUT, "error_ratio", Script.parse("0.01*60", 200), 0, a -> true);
    Replay second = new Replay(new AnomalyEngine(DetectorCatalog.standard(), store))
        .play(Replay.CHECKOUT, "error_ratio", Script.parse("0.2*3", 200), 60, a -> true);
    assertThat(second.events()).as("20 % errors are below the cold-start rule: only a baseline sees them")
        .isEqualTo("open@61 up");
  }

  @Test
  void codec_readsBackWhatItWrote_forEveryKindOfState() {
    Map<String, byte[]> written = new HashMap<>();
    SeriesStateStore recording = new SeriesStateStore() {
      @Override
      public byte[] get(String key) {
        return written.get(key);
      }

      @Override
      public void put(String key, byte[] state) {
        written.put(key, state);
      }
    };
    AnomalyEngine engine = new AnomalyEngine(DetectorCatalog.standard(), recording);
    for (int i = 0; i < 400; i++) {
      long start = Replay.T0 + i * Replay.W;
      for (Observation o : Observations.of(new WindowSummary(
          Replay.CHECKOUT, start, Replay.W, 100 + i % 7, i % 3, 40 + i % 5, 90 + i % 11, 120 + i % 13))) {
        engine.accept(o);
      }
    }
    assertThat(written).hasSize(6);
    written.forEach((key, bytes) -> {
      byte[] again = key.contains("#slo.")
          ? SloCodec.encode(SloCodec.decode(bytes)) : StateCodec.encode(StateCodec.decodeSignal(bytes));
      assertThat(again).as(key).isEqualTo(bytes);
    });
    assertThat(engine.series()).isEqualTo(6);
  }

  @Test
  void codec_refusesStateOfAnotherVersion_andTheEngineStartsAfresh() {
    SeriesStateStore store = SeriesStateStore.inMemory();
    store.put(AnomalyEngine.key(Replay.CHECKOUT, "latency_p99"), new byte[] {99, 1, 2, 3});
    assertThat(StateCodec.decodeSignal(new byte[] {99, 1, 2, 3})).isNull();
    List<Anomaly> out = new AnomalyEngine(DetectorCatalog.standard(), store).accept(
        new Observation(Replay.CHECKOUT, "latency_p99", Replay.T0, Replay.W, 100, 200));
    assertThat(out).isEmpty();
    assertThat(StateCodec.decodeSignal(store.get(AnomalyEngine.key(Replay.CHECKOUT, "latency_p99")))).isNotNull();
  }
}
