package dev.rootline.rca.rank;

import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.rca.SeriesSnapshot;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import dev.rootline.rca.evidence.Tally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies the series of a report's top candidates out of the evidence store: per candidate, its
 * mean latency, its error ratio and one resource level, a point a minute over the baseline and the
 * incident (at most {@value #MAX_POINTS} points, so a report grows by a few KB at most). The
 * baseline band runs from the 10th to the 90th percentile of the points before the onset.
 */
public final class SeriesSnapshots {
  static final int TOP = 3;
  static final long STEP_MILLIS = 60_000;
  static final int MAX_POINTS = 60;
  static final int MAX_EDGES = 80;

  private SeriesSnapshots() {}

  /** The snapshot for the candidates, best first, as the store holds them now. */
  public static SeriesSnapshot of(EvidenceStore store, AnalysisWindow w, Set<String> incidentServices,
      List<Candidate> candidates, List<RcaReport.TimelineEntry> changes) {
    long end = ceil(w.until());
    long start = Math.max(Math.floorDiv(w.baselineFrom(), STEP_MILLIS) * STEP_MILLIS, end - MAX_POINTS * STEP_MILLIS);
    List<SeriesSnapshot.ServiceSeries> services = new ArrayList<>();
    candidates.stream().map(Candidate::service).distinct().limit(TOP).forEach(service -> {
      List<SeriesSnapshot.Line> lines = new ArrayList<>();
      Key key = Key.service(service);
      lines.add(line("latency", "ms", store, key, start, end, w.onset(), Tally::mean));
      lines.add(line("errors", "ratio", store, key, start, end, w.onset(), Tally::errorRatio));
      resourceKey(store, service, candidates).ifPresent(metric -> lines.add(line(
          metric.detail().substring(0, metric.detail().lastIndexOf('/')), "", store, metric, start, end, w.onset(),
          Tally::mean)));
      services.add(new SeriesSnapshot.ServiceSeries(service, lines));
    });
    List<RcaReport.TimelineEntry> shown = changes.stream()
        .filter(c -> c.at().toEpochMilli() >= start && c.at().toEpochMilli() < end).toList();
    Set<String> around = new TreeSet<>(incidentServices);
    candidates.forEach(c -> around.add(c.service()));
    return new SeriesSnapshot(Instant.ofEpochMilli(start), STEP_MILLIS, Instant.ofEpochMilli(w.onset()), shown,
        services, edges(store, around, w));
  }

  /** Edges with at least one end among the services, busiest first, at most {@value #MAX_EDGES}. */
  private static List<SeriesSnapshot.Edge> edges(EvidenceStore store, Set<String> services, AnalysisWindow w) {
    List<SeriesSnapshot.Edge> edges = new ArrayList<>();
    for (Key key : store.keys(Key.Type.EDGE)) {
      if (services.contains(key.name()) || services.contains(key.detail())) {
        Tally t = store.sum(key, w.onset(), w.until());
        edges.add(new SeriesSnapshot.Edge(key.name(), key.detail(), t.count(), t.errors(), t.origins()));
      }
    }
    edges.sort(Comparator.comparingLong(SeriesSnapshot.Edge::calls).reversed()
        .thenComparing(SeriesSnapshot.Edge::caller).thenComparing(SeriesSnapshot.Edge::callee));
    return edges.subList(0, Math.min(MAX_EDGES, edges.size()));
  }

  /** The metric a candidate's evidence cites, else the service's first resource level. */
  private static Optional<Key> resourceKey(EvidenceStore store, String service, List<Candidate> candidates) {
    Optional<String> cited = candidates.stream().filter(c -> c.service().equals(service))
        .flatMap(c -> c.evidence().stream()).filter(e -> e.kind() == Evidence.Kind.METRIC)
        .map(Evidence::subject).findFirst();
    List<Key> metrics = store.keys(Key.Type.METRIC).stream().filter(k -> k.name().equals(service))
        .sorted((a, b) -> a.detail().compareTo(b.detail())).toList();
    if (cited.isPresent()) {
      return metrics.stream().filter(k -> k.detail().equals(cited.get())).findFirst();
    }
    return metrics.stream().filter(k -> {
      String detail = k.detail();
      String name = detail.substring(0, detail.lastIndexOf('/'));
      return detail.endsWith("/value") && MetricClass.of(name).resource();
    }).findFirst();
  }

  private interface Measure {
    double of(Tally tally);
  }

  private static SeriesSnapshot.Line line(String name, String unit, EvidenceStore store, Key key, long start,
      long end, long onset, Measure measure) {
    List<Double> values = new ArrayList<>();
    List<Double> before = new ArrayList<>();
    for (long t = start; t < end; t += STEP_MILLIS) {
      double v = round(measure.of(store.sum(key, t, t + STEP_MILLIS)));
      values.add(v);
      if (t + STEP_MILLIS <= onset && !Double.isNaN(v)) {
        before.add(v);
      }
    }
    double[] sorted = before.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new SeriesSnapshot.Line(name, unit, values, quantile(sorted, 0.1), quantile(sorted, 0.9));
  }

  private static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }

  /** Four significant digits are plenty for a chart and keep the document small. */
  private static double round(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return v;
    }
    double scale = Math.pow(10, 3 - Math.floor(Math.log10(Math.abs(v))));
    return Math.round(v * scale) / scale;
  }

  private static long ceil(long millis) {
    return Math.floorDiv(millis + STEP_MILLIS - 1, STEP_MILLIS) * STEP_MILLIS;
  }
}
