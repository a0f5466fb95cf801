package dev.rootline.app.api;

import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.window.WindowSummary;
import java.time.Instant;

/** One live series and its latest closed window, as {@code /api/series} shows it. */
public record SeriesView(
    String id,
    String kind,
    String service,
    String operation,
    String version,
    String callee,
    Instant windowStart,
    double windowSeconds,
    long requests,
    long errors,
    double ratePerSecond,
    double errorRate,
    double p50Ms,
    double p95Ms,
    double p99Ms) {

  static SeriesView of(WindowSummary w) {
    String kind = w.key() instanceof SeriesKey.Edge ? "edge"
        : w.key() instanceof SeriesKey.Metric ? "metric" : "operation";
    String operation = w.key() instanceof SeriesKey.Operation op ? op.operation() : null;
    String version = w.key() instanceof SeriesKey.Operation op ? op.version() : null;
    String callee = w.key() instanceof SeriesKey.Edge edge ? edge.callee() : null;
    return new SeriesView(w.key().id(), kind, w.key().service(), operation, version, callee,
        Instant.ofEpochMilli(w.startMillis()), w.durationMillis() / 1000.0, w.count(), w.errors(),
        round(w.ratePerSecond()), round(w.errorRate()), round(w.p50Millis()), round(w.p95Millis()),
        round(w.p99Millis()));
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
