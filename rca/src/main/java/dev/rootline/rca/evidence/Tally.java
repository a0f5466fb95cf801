package dev.rootline.rca.evidence;

/**
 * Counters of one evidence key over some time: what a service, version, edge or metric did. The
 * meaning of each field depends on the key's {@link Key.Type}, as written there.
 */
public final class Tally {
  long count;
  long errors;
  long origins;
  double sum;
  double selfSum;
  double traffic;

  /** Requests handled, calls made, or metric values seen. */
  public long count() {
    return count;
  }

  /** Failed requests or calls. */
  public long errors() {
    return errors;
  }

  /** Failures that began here rather than being passed on from a callee. */
  public long origins() {
    return origins;
  }

  /** Total duration in ms, or the sum of metric values. */
  public double sum() {
    return sum;
  }

  /** Services: ms spent in the service itself; edges: ms not explained by the callee's own span. */
  public double selfSum() {
    return selfSum;
  }

  /**
   * Requests handled or calls made in all traces, read or not: each one counted weighs the inverse
   * of the share of traces it was read from ({@link EvidenceStore#trace(java.util.List, int)}).
   * Equal to {@link #count()} while every trace is read. Use it where counts of different times are
   * compared as amounts, and {@code count()} where they are sample sizes.
   */
  public double traffic() {
    return traffic;
  }

  /** How many traces each one counted stood for, on average: 1 while every trace is read. */
  public double weight() {
    return count == 0 || traffic == 0 ? 1 : traffic / count;
  }

  public double errorRatio() {
    return count == 0 ? Double.NaN : (double) errors / count;
  }

  public double mean() {
    return count == 0 ? Double.NaN : sum / count;
  }

  public double selfMean() {
    return count == 0 ? Double.NaN : selfSum / count;
  }

  boolean isEmpty() {
    return count == 0 && errors == 0 && origins == 0;
  }

  /** Adds another tally into this one. */
  public void add(Tally other) {
    count += other.count;
    errors += other.errors;
    origins += other.origins;
    sum += other.sum;
    selfSum += other.selfSum;
    traffic += other.traffic;
  }
}
