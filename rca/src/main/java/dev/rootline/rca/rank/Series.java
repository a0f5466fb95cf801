package dev.rootline.rca.rank;

import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import dev.rootline.rca.evidence.Tally;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Reads one key of the evidence store over an analysis window: sums and per-bucket values. */
final class Series {
  private static final int MIN_BUCKETS = 5;
  final Tally baseline;
  final Tally incident;
  private final List<Tally> baselineBuckets;
  private final List<Tally> incidentBuckets;

  Series(EvidenceStore store, Key key, AnalysisWindow w) {
    this.baseline = store.sum(key, w.baselineFrom(), w.baselineUntil());
    this.incident = store.sum(key, w.onset(), w.until());
    this.baselineBuckets = store.buckets(key, w.baselineFrom(), w.baselineUntil());
    this.incidentBuckets = store.buckets(key, w.onset(), w.until());
  }

  /** The figure over each non-empty baseline bucket where it is defined. */
  double[] baselineValues(ToDoubleFunction<Tally> figure) {
    return values(baselineBuckets, figure);
  }

  double[] incidentValues(ToDoubleFunction<Tally> figure) {
    return values(incidentBuckets, figure);
  }

  /**
   * Robust z of the incident's pooled figure against the baseline's pooled figure, in spreads of
   * the baseline's buckets. The centre is pooled like the observation: where traffic is sparse and
   * latency skewed, the median of one-request buckets is the median request, well under the mean,
   * and every quiet service would look slower than it was.
   */
  double z(ToDoubleFunction<Tally> figure, double relativeFloor, double absoluteFloor) {
    double[] buckets = baselineValues(figure);
    if (buckets.length < MIN_BUCKETS) {
      return Double.NaN;
    }
    return Robust.z(figure.applyAsDouble(incident), figure.applyAsDouble(baseline), buckets, relativeFloor,
        absoluteFloor);
  }

  /** What a finding that quotes the incident's counts adds when they come from a share of the traces. */
  String shareNote() {
    double weight = incident.weight();
    return weight < 1.05 ? "" : String.format(" (in the traces read, about 1 in %.0f)", weight);
  }

  private static double[] values(List<Tally> buckets, ToDoubleFunction<Tally> figure) {
    return buckets.stream().mapToDouble(figure).filter(Double::isFinite).toArray();
  }
}
