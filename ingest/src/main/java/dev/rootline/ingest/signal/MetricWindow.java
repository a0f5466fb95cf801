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

  private double valueSum;
  private long values;
  private double ratePerSecond;
  private long rateParts;
  private double rateAmount;
  private double deltaSum;
  private long deltaCount;

  /** A level's point. */
  void value(double value) {
    if (Double.isFinite(value)) {
      valueSum += value;
      values++;
    }
  }

  /** A share of a counter's (or a distribution's count's) increase: the amount, and per second. */
  void rate(double amount, double perSecond) {
    rateAmount += amount;
    ratePerSecond += perSecond;
    rateParts++;
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

  /** Observations for a distribution, as requests for a request window; shares of points for a counter, whose unit is unknown. */
  private long rateSamples(Shape shape) {
    return shape == Shape.DISTRIBUTION ? Math.round(rateAmount) : rateParts;
  }

  private boolean hasRate() {
    return rateParts > 0;
  }

  private boolean hasObservations() {
    return deltaCount > 0;
  }

  /** The window's observations for a series of this shape: none while undecided or empty. */
  List<Observation> observations(SeriesKey.Metric key, Shape shape, long start, long windowMillis) {
    List<Observation> out = new ArrayList<>(2);
    if (shape == Shape.LEVEL && hasValues()) {
      out.add(new Observation(key, VALUE, start, windowMillis, mean(), values));
    }
    if ((shape == Shape.COUNTER || shape == Shape.DISTRIBUTION) && hasRate()) {
      out.add(new Observation(key, RATE, start, windowMillis, ratePerSecond, rateSamples(shape)));
    }
    if (shape == Shape.DISTRIBUTION && hasObservations()) {
      out.add(new Observation(key, MEAN, start, windowMillis, deltaSum / deltaCount, deltaCount));
    }
    return out;
  }
}
