package dev.rootline.ingest.signal;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.SeriesKey;
import java.util.ArrayList;
import java.util.List;

/** What one metric series gathered in one window; which figures count depends on its {@link Shape}. */
final class MetricWindow {
  static final String VALUE = "value";
  static final String RATE = "rate";
  static final String MEAN = "mean";
  static final String PER_SECOND = "per_second";

  private double valueSum;
  private long values;
  private double ratePerSecond;
  private long rateParts;
  private double rateAmount;
  private double sumPerSecond;
  private long sumParts;
  private double deltaSum;
  private long deltaCount;

  /** A level's point. */
  void value(double value) {
    if (Double.isFinite(value)) {
      valueSum += value;
      values++;
    }
  }

  /**
   * A share of a counter's increase (or of a distribution's observation count): the amount, and
   * per second; and for distributions the share of the observations' sum per second (NaN: none).
   */
  void rate(double amount, double perSecond, double sumPerSecond) {
    rateAmount += amount;
    ratePerSecond += perSecond;
    rateParts++;
    if (Double.isFinite(sumPerSecond)) {
      this.sumPerSecond += sumPerSecond;
      sumParts++;
    }
  }

  /** A distribution's increase in observations and in their sum. */
  void observations(double sum, long count) {
    if (Double.isFinite(sum) && count > 0) {
      deltaSum += sum;
      deltaCount += count;
    }
  }

  boolean hasValues() {
    return values > 0;
  }

  double mean() {
    return valueSum / values;
  }

  long values() {
    return values;
  }

  /**
   * The window's observations for a series of this shape and unit: {@code rate} only for counted
   * events (its samples are the events, as requests are for request windows), {@code per_second}
   * for time (in seconds per second) and other quantities (its samples are the points behind it).
   */
  List<Observation> observations(SeriesKey.Metric key, Shape shape, MetricUnit unit, long start, long windowMillis) {
    List<Observation> out = new ArrayList<>(3);
    if (shape == Shape.LEVEL && hasValues()) {
      out.add(new Observation(key, VALUE, start, windowMillis, mean(), values));
    }
    boolean counts = shape == Shape.DISTRIBUTION || unit.events();
    if (shape != Shape.LEVEL && rateParts > 0 && counts) {
      out.add(new Observation(key, RATE, start, windowMillis, ratePerSecond, Math.round(rateAmount)));
    }
    if (shape == Shape.COUNTER && rateParts > 0 && !counts) {
      out.add(new Observation(key, PER_SECOND, start, windowMillis, ratePerSecond * unit.toBase(), rateParts));
    }
    if (shape == Shape.DISTRIBUTION && deltaCount > 0) {
      out.add(new Observation(key, MEAN, start, windowMillis, deltaSum / deltaCount * unit.toBase(), deltaCount));
    }
    if (shape == Shape.DISTRIBUTION && sumParts > 0) {
      out.add(new Observation(key, PER_SECOND, start, windowMillis, sumPerSecond * unit.toBase(), sumParts));
    }
    return out;
  }
}
