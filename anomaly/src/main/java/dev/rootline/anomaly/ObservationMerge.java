package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Observation;
import java.util.List;

/**
 * How partial observations of one window combine into the whole window's. With several replicas
 * each sees only its share of a series' spans, so each publishes a partial of the same (series,
 * signal, window) (docs/adr/018-scale-out-and-restart.md).
 *
 * <p>Rates (signals any {@link DetectorSpec.Model#COUNT} detector reads, and {@code rate} itself)
 * add up. Every other signal (error ratios, means, latency percentiles, levels) becomes the mean of
 * the partials' values weighted by their samples: exact for ratios and means, an approximation for
 * percentiles, whose exact merge would need the sketches the observations do not carry.
 * Samples always add up.
 */
public final class ObservationMerge {
  private ObservationMerge() {}

  /** Whether partials of this signal of this series add up (a rate) rather than average. */
  public static boolean additive(DetectorCatalog catalog, Observation o) {
    List<DetectorSpec> specs = catalog.specsFor(o.series(), o.signal());
    for (DetectorSpec spec : specs) {
      if (spec.model() == DetectorSpec.Model.COUNT) {
        return true;
      }
    }
    return specs.isEmpty() && o.signal().equals(Observations.RATE);
  }

  /** Whether two observations are partials of the same window of the same series and signal. */
  public static boolean sameWindow(Observation a, Observation b) {
    return a.windowStartMillis() == b.windowStartMillis() && a.windowMillis() == b.windowMillis()
        && a.signal().equals(b.signal()) && a.series().equals(b.series());
  }

  /**
   * The whole window from partials of it.
   *
   * @param partials at least one, all of the same window ({@link #sameWindow})
   * @param additive whether values add up ({@link #additive})
   */
  public static Observation merge(List<Observation> partials, boolean additive) {
    Observation first = partials.get(0);
    long samples = 0;
    double sum = 0;
    double weighted = 0;
    for (Observation p : partials) {
      if (!sameWindow(first, p)) {
        throw new IllegalArgumentException("partials of different windows: " + first + ", " + p);
      }
      samples += p.samples();
      sum += p.value();
      weighted += p.value() * Math.max(0, p.samples());
    }
    double value;
    if (additive) {
      value = sum;
    } else if (samples > 0) {
      value = weighted / samples;
    } else {
      value = sum / partials.size(); // no samples to weigh by (empty windows): a plain mean
    }
    return new Observation(first.series(), first.signal(), first.windowStartMillis(), first.windowMillis(),
        value, samples);
  }
}
