package dev.rootline.core.window;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import java.util.Objects;

/**
 * The requests of one series in one time window: how many, how many failed, and a latency sketch.
 * Windows of the same series and start are mergeable, so replicas can each aggregate a part and one
 * stage can merge the parts. Not thread-safe: one owner adds, merging hands over a finished part.
 */
public final class Window {
  /** Relative accuracy of the latency quantiles: a reported p99 is within 1% of the true value. */
  public static final double RELATIVE_ACCURACY = 0.01;
  /** Bins kept per sketch; at 1% accuracy, 2048 bins span latencies from microseconds to hours. */
  static final int MAX_BINS = 2048;

  private final SeriesKey key;
  private final long startMillis;
  private final long durationMillis;
  private final DDSketch latencyMillis;
  private long count;
  private long errors;

  public Window(SeriesKey key, long startMillis, long durationMillis) {
    this.key = Objects.requireNonNull(key, "key");
    if (durationMillis <= 0) {
      throw new IllegalArgumentException("durationMillis must be positive: " + durationMillis);
    }
    this.startMillis = startMillis;
    this.durationMillis = durationMillis;
    this.latencyMillis = DDSketches.logarithmicCollapsingLowestDense(RELATIVE_ACCURACY, MAX_BINS);
  }

  /** Records one request of the given latency. */
  public void add(double latencyMillis, boolean error) {
    this.latencyMillis.accept(Math.max(0, latencyMillis));
    count++;
    if (error) {
      errors++;
    }
  }

  /**
   * Adds another part of the same window (same series, start and duration) to this one.
   *
   * @throws IllegalArgumentException when the other window is not a part of this one
   */
  public void merge(Window other) {
    if (!key.equals(other.key)
        || startMillis != other.startMillis
        || durationMillis != other.durationMillis) {
      throw new IllegalArgumentException("cannot merge " + other + " into " + this);
    }
    latencyMillis.mergeWith(other.latencyMillis);
    count += other.count;
    errors += other.errors;
  }

  /** The window's figures; quantiles are 0 when it holds no request. */
  public WindowSummary summary() {
    return new WindowSummary(key, startMillis, durationMillis, count, errors,
        quantile(0.50), quantile(0.95), quantile(0.99));
  }

  /** The latency at quantile {@code q} in milliseconds, within the sketch's relative accuracy. */
  public double quantile(double q) {
    return latencyMillis.isEmpty() ? 0 : latencyMillis.getValueAtQuantile(q);
  }

  public SeriesKey key() {
    return key;
  }

  public long startMillis() {
    return startMillis;
  }

  public long endMillis() {
    return startMillis + durationMillis;
  }

  public long durationMillis() {
    return durationMillis;
  }

  public long count() {
    return count;
  }

  public long errors() {
    return errors;
  }

  @Override
  public String toString() {
    return "Window[" + key.id() + " @" + startMillis + "+" + durationMillis + "ms, n=" + count
        + ", errors=" + errors + "]";
  }
}
