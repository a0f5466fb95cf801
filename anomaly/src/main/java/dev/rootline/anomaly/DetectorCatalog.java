package dev.rootline.anomaly;

import static dev.rootline.anomaly.DetectorSpec.Model.COUNT;
import static dev.rootline.anomaly.DetectorSpec.Model.LEVEL;
import static dev.rootline.anomaly.DetectorSpec.Model.LOG;
import static dev.rootline.anomaly.DetectorSpec.Model.PEAK;
import static dev.rootline.anomaly.DetectorSpec.Model.RATIO;
import static dev.rootline.anomaly.DetectorSpec.Model.SLO_AVAILABILITY;
import static dev.rootline.anomaly.DetectorSpec.Model.SLO_LATENCY;
import static dev.rootline.anomaly.DetectorSpec.Scope.ENTRY_OPERATIONS;
import static dev.rootline.anomaly.DetectorSpec.Scope.METRICS;
import static dev.rootline.anomaly.DetectorSpec.Scope.REQUESTS;
import static dev.rootline.core.anomaly.Anomaly.Direction.DOWN;
import static dev.rootline.core.anomaly.Anomaly.Direction.UP;

import dev.rootline.core.window.SeriesKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every detector Rootline runs, as data in one place, and the SLOs entry operations are held to.
 * Immutable and safe to share between engines.
 */
public final class DetectorCatalog {
  private static final double NONE = Double.NaN;
  private static final int MAX_CACHED_NAMES = 10_000;

  /**
   * Significance of the sparse-evidence rule: a budget of one false alarm per 1,000 series-hours
   * spread over 360 windows an hour (2.8e-6 a window), and over the few effectively independent
   * pool lengths each window scans.
   */
  private static final double SPARSE_SIGNIFICANCE = 1e-6;

  private static final String ROSE = "{series} rose to {observed}, normally {expected}";

  // One row per detector: what it reads, when it fires (robust z, least factor, least difference,
  // least samples, windows in a row), the cold-start absolute rule, the unit and the sentence.
  private static final List<DetectorSpec> STANDARD = List.of(
      //              id                      signal         scope     pattern  model  dir  z  factor delta  n  in-a-row absolute
      new DetectorSpec("error_ratio.increase", "error_ratio", REQUESTS, "", RATIO, UP, 4, 1.5, 0.005, 20, 2, 0.5,
          "ratio", "error ratio of {series} is {observed}, normally {expected}", SPARSE_SIGNIFICANCE),
      new DetectorSpec("latency.p99.increase", "latency_p99", REQUESTS, "", LOG, UP, 4, 1.3, 5, 10, 3, 10_000,
          "ms", "p99 latency of {series} is {observed}, normally {expected}"),
      new DetectorSpec("latency.p50.increase", "latency_p50", REQUESTS, "", LOG, UP, 4, 1.2, 2, 5, 2, 10_000,
          "ms", "median latency of {series} is {observed}, normally {expected}"),
      new DetectorSpec("rate.drop", "rate", REQUESTS, "", COUNT, DOWN, 4, 2, 0, 10, 2, NONE,
          "1/s", "requests of {series} fell to {observed}, normally {expected}"),
      new DetectorSpec("rate.spike", "rate", REQUESTS, "", COUNT, UP, 5, 2, 0, 20, 3, NONE,
          "1/s", "requests of {series} rose to {observed}, normally {expected}"),
      new DetectorSpec("slo.availability", "error_ratio", ENTRY_OPERATIONS, "", SLO_AVAILABILITY, UP, 14.4, 1, 0,
          30, 1, NONE, "ratio", "{series} burns its availability error budget {score}x too fast: {observed} failed"),
      new DetectorSpec("slo.latency", "latency_p99", ENTRY_OPERATIONS, "", SLO_LATENCY, UP, 14.4, 1, 0,
          30, 1, NONE, "ratio", "{series} burns its latency error budget {score}x too fast: {observed} too slow"),
      // Metric series. Signals (see ingest's MetricWindows): value (a level), rate (events per
      // second, judged as counts with a Poisson floor), per_second (time in s/s or another
      // quantity per second), mean (per observation of a histogram). A row reads only the
      // signals that mean what it checks; a signal no row reads is not judged.
      new DetectorSpec("metric.errors.increase", "rate", METRICS, "error|exception|fail|fault|timeout", COUNT, UP, 4, 2,
          0, 5, 3, NONE, "1/s", ROSE),
      new DetectorSpec("metric.log_volume.spike", "rate", METRICS, "^log\\.records$", COUNT, UP, 6, 3, 0, 50, 3, NONE,
          "1/s", ROSE),
      new DetectorSpec("metric.cpu.increase", "value|per_second", METRICS, "cpu", LEVEL, UP, 4, 1.3, 0.1, 1, 2, NONE,
          "1", ROSE),
      new DetectorSpec("metric.memory.increase", "value", METRICS, "mem|heap|rss|working_set", PEAK, UP, 4, 1.2, 0, 1,
          3, NONE, "By", "{series} rose to {observed}, above its highest of the last hour, {expected}"),
      new DetectorSpec("metric.gc.increase", "per_second", METRICS, "(^|[._])gc([._{]|$)|garbage", LEVEL, UP, 4, 2,
          0.02, 1, 2, NONE, "s/s", "{series} (time per second) rose to {observed}, normally {expected}"),
      new DetectorSpec("metric.pool.increase", "value", METRICS, "pool|connection|thread|pending|wait|saturation",
          LEVEL, UP, 4, 1.5, 0, 1, 2, NONE, "1", ROSE),
      new DetectorSpec("metric.queue.increase", "value", METRICS, "lag|backlog|queue|unacked", PEAK, UP, 4, 2, 0, 1,
          3, NONE, "1", "{series} rose to {observed}, above its highest of the last hour, {expected}"),
      new DetectorSpec("metric.hit_ratio.drop", "value", METRICS, "hit.?(ratio|rate)", LEVEL, DOWN, 4, 1.25, 0.05, 1,
          2, NONE, "ratio", "{series} fell to {observed}, normally {expected}"),
      new DetectorSpec("metric.latency.increase", "mean", METRICS, "duration|latency|response.?time|wait", LOG, UP, 4,
          1.5, 0.002, 1, 3, NONE, "s", "{series} (mean) rose to {observed}, normally {expected}"),
      new DetectorSpec("metric.rate.spike", "rate", METRICS, "", COUNT, UP, 5, 2, 0, 20, 3, NONE, "1/s", ROSE),
      new DetectorSpec("metric.shift", "value", METRICS, "", LEVEL, UP, 6, 2, 0, 1, 3, NONE, "1", ROSE));

  private final List<DetectorSpec> detectors;
  private final SloPolicy slo;
  private final Map<String, List<DetectorSpec>> requestSpecs = new HashMap<>();
  private final List<Pattern> patterns = new ArrayList<>();
  private final Map<String, List<DetectorSpec>> metricSpecs = new ConcurrentHashMap<>();

  private DetectorCatalog(List<DetectorSpec> detectors, SloPolicy slo) {
    this.detectors = List.copyOf(detectors);
    this.slo = Objects.requireNonNull(slo, "slo");
    for (DetectorSpec spec : this.detectors) {
      patterns.add(Pattern.compile(spec.metricPattern(), Pattern.CASE_INSENSITIVE));
      if (spec.scope() == REQUESTS) {
        List<DetectorSpec> same = requestSpecs.computeIfAbsent(spec.signal(), s -> new ArrayList<>());
        if (!same.isEmpty() && same.get(0).model() != spec.model()) {
          throw new IllegalArgumentException("detectors of one signal share a model: " + spec.id());
        }
        same.add(spec);
      }
    }
    requestSpecs.replaceAll((signal, specs) -> List.copyOf(specs));
  }

  /** The standard detectors and SLOs (see the module README for the table). */
  public static DetectorCatalog standard() {
    return new DetectorCatalog(STANDARD, SloPolicy.standard());
  }

  /** A catalogue of these detectors and SLOs. */
  public static DetectorCatalog of(List<DetectorSpec> detectors, SloPolicy slo) {
    return new DetectorCatalog(detectors, slo);
  }

  /** The same detectors held to other SLOs. */
  public DetectorCatalog withSlo(SloPolicy slo) {
    return new DetectorCatalog(detectors, slo);
  }

  public List<DetectorSpec> detectors() {
    return detectors;
  }

  public SloPolicy slo() {
    return slo;
  }

  /** The detector of this id, or null. */
  DetectorSpec detector(String id) {
    for (DetectorSpec spec : detectors) {
      if (spec.id().equals(id)) {
        return spec;
      }
    }
    return null;
  }

  /** The baseline detectors of one signal of one series; they share one baseline. */
  List<DetectorSpec> specsFor(SeriesKey series, String signal) {
    if (!(series instanceof SeriesKey.Metric metric)) {
      return requestSpecs.getOrDefault(signal, List.of());
    }
    String key = metric.name() + '\u0000' + signal;
    List<DetectorSpec> cached = metricSpecs.get(key);
    if (cached != null) {
      return cached;
    }
    List<DetectorSpec> found = firstMetricSpec(metric.name(), signal);
    if (metricSpecs.size() < MAX_CACHED_NAMES) {
      metricSpecs.put(key, found);
    }
    return found;
  }

  /** The SLO detectors that read this signal of this series. */
  List<DetectorSpec> slosFor(SeriesKey series, String signal) {
    if (!(series instanceof SeriesKey.Operation op)
        || !(slo.entryServices().isEmpty() || slo.entryServices().contains(op.service()))) {
      return List.of();
    }
    List<DetectorSpec> out = new ArrayList<>(1);
    for (DetectorSpec spec : detectors) {
      if (spec.model() == SLO_AVAILABILITY && signal.equals(Observations.ERROR_RATIO)
          || spec.model() == SLO_LATENCY
          && (signal.equals(Observations.LATENCY_P50) || signal.equals(Observations.LATENCY_P99))) {
        out.add(spec);
      }
    }
    return out;
  }

  /** Whether a metric detector reads this signal: {@code *}, the signal, or one of {@code a|b}. */
  private static boolean reads(DetectorSpec spec, String signal) {
    String declared = spec.signal();
    if (declared.equals("*") || declared.equals(signal)) {
      return true;
    }
    for (String alternative : declared.split("\\|")) {
      if (alternative.equals(signal)) {
        return true;
      }
    }
    return false;
  }

  private List<DetectorSpec> firstMetricSpec(String name, String signal) {
    for (int i = 0; i < detectors.size(); i++) {
      DetectorSpec spec = detectors.get(i);
      if (spec.scope() == METRICS && reads(spec, signal) && patterns.get(i).matcher(name).find()) {
        return List.of(spec);
      }
    }
    return List.of();
  }
}
