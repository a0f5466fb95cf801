package dev.rootline.app.eval;

import java.time.Duration;

/**
 * When a replay ranks its case: with the onset of the incident that detected the fault (the
 * incident of the first anomaly that matched it), or with the labelled {@code fault.start}
 * (RCAEval's protocol), or not at all. Either way the analysis looks at {@code window} of data
 * from the onset, and never before the fault was detected: the service cannot analyse an incident
 * it has not seen.
 */
record RankPlan(Mode mode, CaseLabel label, Duration window, double traceShare) {
  /** Where the analysis takes its onset from. */
  enum Mode { DETECTED, LABEL, NONE }

  /** Five minutes of the incident: the report's revision an on-call engineer reads first. */
  static final Duration WINDOW = Duration.ofMinutes(5);

  /** No ranking. */
  static final RankPlan NONE = new RankPlan(Mode.NONE, null, Duration.ZERO, 1);

  static RankPlan of(Mode mode, CaseLabel label) {
    return of(mode, label, 1);
  }

  /** The same, reading {@code traceShare} of the traces into evidence (ADR 024). */
  static RankPlan of(Mode mode, CaseLabel label, double traceShare) {
    if (label.faultFree() || label.rootCause() == null) {
      return NONE;
    }
    return new RankPlan(mode, label, WINDOW, traceShare);
  }

  /** Whether an anomaly with this onset, reported at this time, detects the labelled fault. */
  boolean detects(Detection detection) {
    long start = label.fault().start().toEpochMilli();
    long end = label.detectionEnd().toEpochMilli();
    return within(detection.onsetMillis(), start, end) || within(detection.reportedMillis(), start, end);
  }

  private static boolean within(long millis, long start, long end) {
    return millis >= start && millis <= end;
  }
}
