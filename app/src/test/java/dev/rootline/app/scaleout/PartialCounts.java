package dev.rootline.app.scaleout;

/** What replicas' anomaly stages did with the partial windows they read, per source (ADR 018). */
final class PartialCounts {
  private static final String[] SOURCES = {"spans", "metrics", "logs"};

  private PartialCounts() {}

  /** Partials merged and dropped as late, per source, summed over the replicas. */
  static String describe(ChildRootline... replicas) {
    StringBuilder out = new StringBuilder();
    for (String source : SOURCES) {
      out.append(source).append(": merged ").append((long) count("merged", source, replicas))
          .append(" late ").append((long) count("late", source, replicas)).append("; ");
    }
    return out.toString();
  }

  /** Partials dropped as late, over every source and replica. */
  static double late(ChildRootline... replicas) {
    double sum = 0;
    for (String source : SOURCES) {
      sum += count("late", source, replicas);
    }
    return sum;
  }

  private static double count(String outcome, String source, ChildRootline... replicas) {
    double sum = 0;
    for (ChildRootline replica : replicas) {
      sum += replica.metric("rootline_anomaly_partials_total", "outcome", outcome, "source", source);
    }
    return sum;
  }
}
