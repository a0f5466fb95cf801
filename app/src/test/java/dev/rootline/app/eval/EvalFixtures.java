package dev.rootline.app.eval;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.window.SeriesKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Named labels and hand-written detections for the scoring tests. */
final class EvalFixtures {
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  static final Instant FAULT_START = T0.plusSeconds(1800);
  static final SeriesKey CHECKOUT = new SeriesKey.Operation("checkout", "POST /checkout", "1.0");

  private EvalFixtures() {}

  /** A case whose fault runs 10 minutes from 30 minutes in. */
  static CaseLabel fault(String id, String type) {
    return new CaseLabel(id, "", "test",
        new CaseLabel.Fault(type, FAULT_START, FAULT_START.plusSeconds(600)),
        new CaseLabel.RootCause("checkout", "errors"));
  }

  static CaseLabel faultFree(String id, long hours) {
    return new CaseLabel(id, "", "test", new CaseLabel.Fault(CaseLabel.NONE, T0, T0.plusSeconds(hours * 3600)), null);
  }

  /** An anomaly that began {@code onsetSeconds} after T0 and was reported {@code reportedSeconds} after T0. */
  static Detection detection(long onsetSeconds, long reportedSeconds) {
    return detection(CHECKOUT, onsetSeconds, reportedSeconds);
  }

  /** The same on another series. */
  static Detection detection(SeriesKey series, long onsetSeconds, long reportedSeconds) {
    Instant onset = T0.plusSeconds(onsetSeconds);
    Anomaly anomaly = new Anomaly(Anomaly.idOf(series, "error_ratio", onset), series, "error_ratio",
        "error_ratio.increase", Anomaly.Direction.UP, Anomaly.State.OPEN, onset, onset.plusSeconds(10),
        0.2, 0.001, 9, "ratio", "error ratio rose");
    return new Detection(anomaly, T0.plusSeconds(reportedSeconds).toEpochMilli());
  }

  /** A replay of {@code hours} from T0 with these detections over {@code series} series. */
  static ReplayResult replay(double hours, int series, Detection... opened) {
    return paged(Map.of(), hours, series, opened);
  }

  /** The same, with the incidents (by id) each anomaly went out in. */
  static ReplayResult paged(Map<String, String> pageOfAnomaly, double hours, int series, Detection... opened) {
    return new ReplayResult(List.of(opened), series, T0.toEpochMilli(), T0.toEpochMilli() + (long) (hours * 3_600_000),
        100, 0, List.of(), 1000, null, pageOfAnomaly, 5);
  }
}
