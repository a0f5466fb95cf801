package dev.rootline.app.report;

import dev.rootline.app.capture.TelemetryCapture;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.notifier.Notifier;
import dev.rootline.rca.report.ReportSink;
import dev.rootline.rca.report.ReportStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The service's {@link ReportSink}: keeps each report in the {@link ReportStore}, records the
 * notifications it calls for in the outbox ({@link Notifier}), has the incident's telemetry kept
 * ({@link TelemetryCapture}), then publishes it on
 * {@code rootline.reports}. Counted in {@code rootline_reports_total{outcome}}: {@code stored},
 * {@code repeated} (same revision, published again), {@code stale} (older, dropped), {@code failed}.
 */
@ApplicationScoped
public class ReportIntake implements ReportSink {
  private final ReportStore store;
  private final ReportPublisher publisher;
  private final Notifier notifier;
  private final TelemetryCapture capture;
  private final Counter stored;
  private final Counter repeated;
  private final Counter stale;
  private final Counter failed;

  ReportIntake(ReportStore store, ReportPublisher publisher, Notifier notifier, TelemetryCapture capture,
      MeterRegistry registry) {
    this.store = store;
    this.capture = capture;
    this.publisher = publisher;
    this.notifier = notifier;
    this.stored = counter(registry, "stored");
    this.repeated = counter(registry, "repeated");
    this.stale = counter(registry, "stale");
    this.failed = counter(registry, "failed");
  }

  @Override
  public void accept(RcaReport report) {
    try {
      if (store.save(report)) {
        stored.increment();
        // Only a kept incident gets its telemetry kept: the capture refers to the stored incident.
        capture.track(report);
      } else if (isKeptRevision(report)) {
        // A crash between keeping and publishing would otherwise lose the publication (and the
        // notifications) for good: consumers of the topic keep the highest revision per incident, and
        // the outbox records each (incident, channel, revision) once, so a repeat is harmless.
        repeated.increment();
      } else {
        stale.increment();
        return;
      }
      notifier.accept(report);
      publisher.publish(report).toCompletableFuture().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(report, e);
    } catch (ExecutionException | RuntimeException e) {
      throw failure(report, e);
    }
  }

  private boolean isKeptRevision(RcaReport report) {
    return store.find(report.id()).map(kept -> kept.revision() == report.revision()).orElse(false);
  }

  private IllegalStateException failure(RcaReport report, Exception e) {
    failed.increment();
    Throwable cause = e instanceof ExecutionException || e instanceof CompletionException ? e.getCause() : e;
    return new IllegalStateException("report " + report.id() + " revision " + report.revision()
        + " not kept and published: " + cause.getMessage(), cause);
  }

  private static Counter counter(MeterRegistry registry, String outcome) {
    return Counter.builder("rootline.reports").tag("outcome", outcome)
        .description("Reports handed over by the analysis, by what became of them").register(registry);
  }
}
