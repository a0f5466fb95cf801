package dev.rootline.app.api;

import dev.rootline.app.ingest.SpanPipeline;
import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.window.WindowSummary;
import dev.rootline.ingest.service.ServiceSignals;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code GET /api/services}: every service seen, its versions and live figures (from the latest
 * windows of its operations), its latest resource metrics and log counts, and the call graph's edges.
 */
@Path("/api/services")
public class ServicesResource {
  private final SpanPipeline pipeline;
  private final ServiceSignals signals;

  ServicesResource(SpanPipeline pipeline, ServiceSignals signals) {
    this.pipeline = pipeline;
    this.signals = signals;
  }

  /** A service's live figures summed over its operations; p99 is its slowest operation's. */
  public record ServiceView(String name, List<String> versions, double ratePerSecond, double errorRate,
      double p99Ms, Map<String, Double> metrics, long logs, long errorLogs) {}

  /** A caller → callee edge of the call graph with its latest figures. */
  public record EdgeView(String caller, String callee, double ratePerSecond, double errorRate, double p99Ms) {}

  public record Graph(List<ServiceView> services, List<EdgeView> edges) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Graph services() {
    List<WindowSummary> windows = pipeline.series();
    Map<String, List<WindowSummary>> byService = new TreeMap<>();
    List<EdgeView> edges = new ArrayList<>();
    for (WindowSummary w : windows) {
      if (w.key() instanceof SeriesKey.Edge edge) {
        edges.add(new EdgeView(edge.caller(), edge.callee(), SeriesView.round(w.ratePerSecond()),
            SeriesView.round(w.errorRate()), SeriesView.round(w.p99Millis())));
      } else {
        byService.computeIfAbsent(w.key().service(), s -> new ArrayList<>()).add(w);
      }
    }
    Map<String, List<String>> versions = pipeline.versions();
    Map<String, ServiceSignals.Snapshot> resources = signals.snapshot();
    TreeSet<String> names = new TreeSet<>(byService.keySet());
    names.addAll(versions.keySet());
    names.addAll(resources.keySet()); // services that so far sent only metrics or logs
    List<ServiceView> services = names.stream()
        .map(name -> view(name, byService.getOrDefault(name, List.of()), versions.getOrDefault(name, List.of()),
            resources.get(name)))
        .toList();
    return new Graph(services, edges);
  }

  private static ServiceView view(String name, List<WindowSummary> windows, List<String> versions,
      ServiceSignals.Snapshot resources) {
    double rate = 0;
    long count = 0;
    long errors = 0;
    double p99 = 0;
    for (WindowSummary w : windows) {
      rate += w.ratePerSecond();
      count += w.count();
      errors += w.errors();
      p99 = Math.max(p99, w.p99Millis());
    }
    double errorRate = count == 0 ? 0 : (double) errors / count;
    return new ServiceView(name, versions, SeriesView.round(rate), SeriesView.round(errorRate),
        SeriesView.round(p99), resources == null ? Map.of() : resources.latestMetrics(),
        resources == null ? 0 : resources.logs(), resources == null ? 0 : resources.errorLogs());
  }
}
