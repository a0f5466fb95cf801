package dev.rootline.ingest.service;

import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.MetricType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per service, the latest value of each gauge and sum it reports and how many logs and error logs
 * it wrote: a first look at resources and logs beside the span windows. Bounded in services and
 * in metric names per service. Thread-safe.
 */
public final class ServiceSignals {
  private static final int MAX_METRICS_PER_SERVICE = 64;
  private final int maxServices;
  private final Map<String, Stats> services = new HashMap<>();

  /** What one service reported. */
  public record Snapshot(Map<String, Double> latestMetrics, long logs, long errorLogs) {}

  public ServiceSignals(int maxServices) {
    this.maxServices = maxServices;
  }

  public synchronized void acceptMetrics(List<MetricPoint> points) {
    for (MetricPoint point : points) {
      Stats stats = stats(point.resource().service());
      if (stats != null && (point.type() == MetricType.GAUGE || point.type() == MetricType.SUM)) {
        stats.metric(point.name(), point.value());
      }
    }
  }

  public synchronized void acceptLogs(List<LogRecord> logs) {
    for (LogRecord log : logs) {
      Stats stats = stats(log.resource().service());
      if (stats != null) {
        stats.logs++;
        stats.errorLogs += log.isError() ? 1 : 0;
      }
    }
  }

  /** A copy of every service's figures, by service name. */
  public synchronized Map<String, Snapshot> snapshot() {
    Map<String, Snapshot> out = new TreeMap<>();
    services.forEach((service, s) -> out.put(service,
        new Snapshot(new TreeMap<>(s.metrics), s.logs, s.errorLogs)));
    return out;
  }

  private Stats stats(String service) {
    Stats stats = services.get(service);
    if (stats == null && services.size() < maxServices) {
      stats = new Stats();
      services.put(service, stats);
    }
    return stats;
  }

  private static final class Stats {
    final Map<String, Double> metrics = new LinkedHashMap<>();
    long logs;
    long errorLogs;

    void metric(String name, double value) {
      if (metrics.containsKey(name) || metrics.size() < MAX_METRICS_PER_SERVICE) {
        metrics.put(name, value);
      }
    }
  }
}
