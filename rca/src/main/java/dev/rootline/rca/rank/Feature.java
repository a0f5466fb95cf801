package dev.rootline.rca.rank;

import dev.rootline.core.rca.Indicator;

/**
 * The features a candidate is scored on: the name it carries in reports, its weight in the score,
 * the strength above its noise at which it counts half, the noise (strengths up to it are what
 * normal traffic shows by chance and count nothing), and the indicator it points to when it dominates.
 */
enum Feature {
  /** Failures that began in the candidate's own spans, against its baseline rate per request. */
  ERROR_ORIGIN("error_origin_z", 3.0, 3, 2, Indicator.ERRORS),
  /** Time spent in the candidate itself per request, against its baseline. */
  SELF_TIME("self_time_z", 2.5, 4, 2, Indicator.LATENCY),
  /** The strongest resource metric (CPU, memory, pool, queue, disk, network) against its baseline. */
  RESOURCE("resource_metric_z", 2.0, 6, 2, null),
  /** Error-level log records per minute, against the baseline. */
  ERROR_LOGS("error_logs_z", 1.5, 4, 2, Indicator.ERRORS),
  /** Calls to a callee per request the caller handled, against the baseline, as a log2 ratio. */
  FAN_OUT("fan_out_log2", 2.0, 1, 0.3, Indicator.SATURATION),
  /** Time on calls to the candidate that its own spans do not explain: the network. */
  NETWORK("network_z", 2.0, 4, 2, Indicator.NETWORK),
  /** Failed calls to an uninstrumented dependency, over all its callers. */
  DEPENDENCY_ERRORS("dependency_errors_z", 3.0, 3, 2, Indicator.DEPENDENCY),
  /** Time of calls to an uninstrumented dependency, against the baseline. */
  DEPENDENCY_LATENCY("dependency_latency_z", 2.5, 4, 2, Indicator.DEPENDENCY),
  /** The candidate's own error ratio (a symptom as much as a cause). */
  ERRORS("error_ratio_z", 0.75, 4, 2, Indicator.ERRORS),
  /** The candidate's own mean latency (a symptom as much as a cause). */
  LATENCY("latency_z", 0.75, 4, 2, Indicator.LATENCY),
  /** A change shortly before onset: 1 at onset, falling with the time between. */
  CHANGE("change_proximity", 0, 1, 0, Indicator.CODE_CHANGE),
  /** The changed version against the others in the same window. */
  VERSION("version_z", 1.0, 3, 2, Indicator.CODE_CHANGE),
  /** Where a random walk from the symptoms along the calls comes to rest, 0 to 1. */
  PROPAGATION("propagation", 1.0, 0.3, 0, null);

  final String key;
  final double weight;
  final double half;
  final double noise;
  final Indicator indicator;

  Feature(String key, double weight, double half, double noise, Indicator indicator) {
    this.key = key;
    this.weight = weight;
    this.half = half;
    this.noise = noise;
    this.indicator = indicator;
  }

  /** The strength above noise, saturated: 0 to 1. */
  double level(double strength) {
    return Robust.saturate(strength - noise, half);
  }

  /** The feature's contribution to the score: its weight times its level. */
  double contribution(double strength) {
    return weight * level(strength);
  }
}
