package dev.rootline.rca.rank;

/**
 * The stretch of time an analysis compares: the baseline {@code [baselineFrom, baselineUntil)} and
 * the incident {@code [onset, until)}, in epoch milliseconds.
 */
public record AnalysisWindow(long baselineFrom, long baselineUntil, long onset, long until) {
  /** How long the baseline lasts, 30 minutes, and the gap left before onset, 30 seconds. */
  static final long BASELINE_MILLIS = 30 * 60_000L;
  static final long GAP_MILLIS = 30_000L;

  public AnalysisWindow {
    if (!(baselineFrom <= baselineUntil && baselineUntil <= onset && onset < until)) {
      throw new IllegalArgumentException("expected baselineFrom <= baselineUntil <= onset < until");
    }
  }

  /** The standard window for an incident that began at {@code onset}, analysed at {@code until}. */
  public static AnalysisWindow of(long onset, long until) {
    return new AnalysisWindow(onset - BASELINE_MILLIS, onset - GAP_MILLIS, onset, Math.max(until, onset + 1));
  }

  double baselineMinutes() {
    return (baselineUntil - baselineFrom) / 60_000.0;
  }

  double incidentMinutes() {
    return (until - onset) / 60_000.0;
  }
}
