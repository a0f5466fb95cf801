package dev.rootline.anomaly;

/**
 * An open anomaly: one departure from normal, from its onset until enough normal windows in a row
 * resolve it.
 */
final class Episode {
  /** Consecutive normal windows that resolve an anomaly. */
  static final int RESOLVE_AFTER = 6;
  /** An ongoing anomaly is reported again after this many abnormal windows ... */
  static final int REPORT_EVERY = 30;
  /** ... or as soon as its score has grown by this factor since the last report. */
  static final double WORSENED = 1.5;

  int spec;
  long onset;
  long lastSeen;
  double observed;
  double expected;
  double score;
  double reportedScore;
  int sinceReport;
  int normalStreak;
  int age;

  Episode(int spec, long onset, long lastSeen, Verdict v) {
    this.spec = spec;
    this.onset = onset;
    this.lastSeen = lastSeen;
    this.reportedScore = v.z();
    see(v);
  }

  Episode() {}

  void see(Verdict v) {
    observed = v.observed();
    expected = v.expected();
    score = v.z();
  }

  /** Takes an abnormal window in; true when it is due to be reported as ongoing. */
  boolean abnormal(Verdict v, long endMillis) {
    see(v);
    lastSeen = endMillis;
    normalStreak = 0;
    sinceReport++;
    if (sinceReport >= REPORT_EVERY || Math.abs(v.z()) >= WORSENED * Math.abs(reportedScore)) {
      sinceReport = 0;
      reportedScore = v.z();
      return true;
    }
    return false;
  }

  /** Takes a normal window in; true when the anomaly is resolved. */
  boolean normal(Verdict v) {
    observed = v.observed();
    expected = v.expected();
    return ++normalStreak >= RESOLVE_AFTER;
  }
}
