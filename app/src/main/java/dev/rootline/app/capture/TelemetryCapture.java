package dev.rootline.app.capture;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.Span;
import dev.rootline.ingest.capture.TelemetryRing;
import dev.rootline.ingest.otlp.OtlpEncoder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps recent decoded telemetry in bounded rings and, for each incident a report was kept for,
 * copies its stretch into the {@link CaptureStore}: from {@code baseline} before the onset, then
 * step by step as event time goes on, until {@code afterResolved} after it resolved. Each step is
 * encoded as OTLP/JSON lines, redacted ({@link Redactor#standard()}) and gzip-compressed. Reports
 * only register their incident ({@link #track}, cheap, on the analysis thread); {@link #flush} does
 * the copying, on a tick of its own. Thread-safe.
 */
public final class TelemetryCapture {
  private final CaptureSettings settings;
  private final TelemetryRing<Span> spans;
  private final TelemetryRing<MetricPoint> metrics;
  private final TelemetryRing<LogRecord> logs;
  private final Supplier<List<DeployEvent>> deploys;
  private final CaptureStore store;
  private final Clock clock;
  private final CaptureSteps steps;
  private final Map<String, Target> active = new LinkedHashMap<>();
  private long refused;
  private long capped;
  private long failed;

  /**
   * @param deploys the changes known now (the deploy log)
   * @param clock   the wall clock, for when a chunk was kept
   */
  public TelemetryCapture(CaptureSettings settings, Supplier<List<DeployEvent>> deploys, CaptureStore store,
      Clock clock) {
    this.settings = settings;
    long retention = settings.retention().toMillis();
    this.spans = new TelemetryRing<>(settings.maxSpans(), retention, s -> s.endNanos() / 1_000_000);
    this.metrics = new TelemetryRing<>(settings.maxMetricPoints(), retention, p -> p.timeNanos() / 1_000_000);
    this.logs = new TelemetryRing<>(settings.maxLogs(), retention, l -> l.timeNanos() / 1_000_000);
    this.deploys = deploys;
    this.store = store;
    this.clock = clock;
    this.steps = new CaptureSteps(OtlpEncoder.redacting(Redactor.standard()), settings.itemsPerLine());
  }

  public void spans(List<Span> batch) {
    if (enabled()) {
      spans.addAll(batch);
    }
  }

  public void metrics(List<MetricPoint> batch) {
    if (enabled()) {
      metrics.addAll(batch);
    }
  }

  public void logs(List<LogRecord> batch) {
    if (enabled()) {
      logs.addAll(batch);
    }
  }

  /** False when capture is switched off ({@code maxActive} 0): nothing is kept, nothing counted. */
  private boolean enabled() {
    return settings.maxActive() > 0;
  }

  /** Starts or updates the capture of the report's incident; refused (counted) when too many are going on. */
  public synchronized void track(RcaReport report) {
    if (!enabled()) {
      return;
    }
    String id = report.incident().id();
    Instant resolved = report.incident().resolved();
    long stopAt = resolved == null ? Long.MAX_VALUE : resolved.plus(settings.afterResolved()).toEpochMilli();
    Target target = active.get(id);
    if (target == null) {
      if (active.size() >= settings.maxActive()) {
        refused++;
        return;
      }
      long from = report.incident().onset().minus(settings.baseline()).toEpochMilli();
      active.put(id, new Target(id, from, stopAt));
    } else {
      target.stopAtMillis = stopAt;
    }
  }

  /**
   * Copies the next step of every incident being captured, up to {@code lateness} behind the
   * newest event time of the rings; ends the captures that are complete or full. A step the store
   * refuses is counted and tried again at the next flush.
   */
  public void flush() {
    long horizon = horizon();
    if (horizon == Long.MIN_VALUE) {
      return;
    }
    for (Target target : snapshot()) {
      try {
        if (step(target, horizon)) {
          finish(target);
        }
      } catch (IllegalArgumentException e) {
        countFailure();
        finish(target); // the store does not know the incident: nothing to attach its telemetry to
      } catch (RuntimeException e) {
        countFailure();
      }
    }
  }

  /** Copies one step; returns whether the capture is over. */
  private boolean step(Target target, long horizon) {
    if (!target.started) {
      CaptureStore.Extent extent = store.extent(target.incidentId);
      target.lastSeq = extent.lastSeq();
      target.bytes = extent.bytes();
      if (extent.to() != null) { // captured before a restart: go on where it ended
        target.fromMillis = Math.max(target.fromMillis, extent.to().toEpochMilli());
      }
      target.started = true;
    }
    long to = Math.min(horizon, target.stopAtMillis);
    if (to > target.fromMillis) {
      List<CaptureChunk> chunks = steps.chunks(target.incidentId, target.lastSeq + 1, target.fromMillis, to,
          clock.instant(), spans.slice(target.fromMillis, to), metrics.slice(target.fromMillis, to),
          logs.slice(target.fromMillis, to), deploys.get());
      long size = chunks.stream().mapToLong(c -> c.data().length).sum();
      if (target.bytes + size > settings.maxBytesPerIncident()) {
        countCapped();
        return true;
      }
      store.append(chunks);
      target.lastSeq++;
      target.bytes += size;
      target.fromMillis = to;
    }
    return to >= target.stopAtMillis;
  }

  /**
   * The event time captures may reach: the newest time of any ring, less the lateness. The newest
   * of all, not the least, so that a signal that stopped (its ring still holds its last items)
   * does not hold every capture back; its items that arrive later than that are not captured.
   */
  private long horizon() {
    long newest = Math.max(spans.newestMillis(), Math.max(metrics.newestMillis(), logs.newestMillis()));
    return newest == Long.MIN_VALUE ? Long.MIN_VALUE : newest - settings.lateness().toMillis();
  }

  private synchronized List<Target> snapshot() {
    return new ArrayList<>(active.values());
  }

  private synchronized void finish(Target target) {
    active.remove(target.incidentId);
  }

  private synchronized void countFailure() {
    failed++;
  }

  private synchronized void countCapped() {
    capped++;
  }

  /** Incidents being captured now. */
  public synchronized int active() {
    return active.size();
  }

  /** Incidents not captured because {@code maxActive} were going on. */
  public synchronized long refused() {
    return refused;
  }

  /** Captures ended early at the per-incident byte bound. */
  public synchronized long capped() {
    return capped;
  }

  /** Capture steps that failed (the store was down, say); they are tried again. */
  public synchronized long failed() {
    return failed;
  }

  /** Items evicted from the rings, all signals. */
  public long evicted() {
    return spans.evicted() + metrics.evicted() + logs.evicted();
  }

  /** Where one incident's capture stands; touched by the flushing thread only, after {@link #track}. */
  private static final class Target {
    final String incidentId;
    long fromMillis;
    volatile long stopAtMillis;
    int lastSeq;
    long bytes;
    boolean started;

    Target(String incidentId, long fromMillis, long stopAtMillis) {
      this.incidentId = incidentId;
      this.fromMillis = fromMillis;
      this.stopAtMillis = stopAtMillis;
    }
  }
}
