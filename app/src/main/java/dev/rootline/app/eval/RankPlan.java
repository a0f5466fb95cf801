package dev.rootline.app.eval;

import java.time.Duration;

/**
 * When a replay ranks its case: at the detected onset (the incident of the first anomaly that
 * detected the fault, analysed {@code delay} after that anomaly was reported), or at the labelled
 * {@code fault.start} (analysed {@code delay} after it; RCAEval's protocol), or not at all.
 */
record RankPlan(Mode mode, CaseLabel label, Duration delay) {
  /** Where the analysis takes its onset from. */
  enum Mode { DETECTED, LABEL, NONE }

  /** The delay after detection: the report's revision a minute in, when the first evidence has come in. */
  static final Duration DETECTED_DELAY = Duration.ofSeconds(60);
  /** The delay after a labelled onset: five minutes of the fault. */
  static final Duration LABEL_DELAY = Duration.ofMinutes(5);

  /** No ranking. */
  static final RankPlan NONE = new RankPlan(Mode.NONE, null, Duration.ZERO);

  static RankPlan of(Mode mode, CaseLabel label) {
    if (label.faultFree() || label.rootCause() == null) {
      return NONE;
    }
    return new RankPlan(mode, label, mode == Mode.LABEL ? LABEL_DELAY : DETECTED_DELAY);
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
