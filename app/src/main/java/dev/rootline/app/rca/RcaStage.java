package dev.rootline.app.rca;

import dev.rootline.app.anomaly.ObservationJson;
import dev.rootline.app.explain.Explanations;
import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.Span;
import dev.rootline.ingest.logs.LogTemplates;
import dev.rootline.ingest.change.DeployLog;
import dev.rootline.rca.report.ReportSink;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Wires root cause analysis into the service: spans from the span pipeline, observations from
 * {@code rootline.windows}, changes from the deploy log, anomalies from the anomaly view; every
 * few seconds the due reports are explained ({@link Explanations}: a few seconds at most) and go to
 * the {@link ReportSink}. A model explanation that comes too late makes its incident due for a new
 * revision, which carries it. A report the sink refuses is logged and counted, and its incident is
 * analysed again on the next revision.
 */
@ApplicationScoped
public class RcaStage {
  private static final Logger LOG = Logger.getLogger(RcaStage.class);
  private static final long REVISION_MILLIS = 60_000;

  private final RcaEngine engine;
  private final LogEvidence logs = new LogEvidence(LogTemplates.standard());
  private final DeployLog deploys;
  private final ReportSink sink;
  private final Explanations explanations;
  private final Timer analysis;
  private final MeterRegistry registry;

  RcaStage(DeployLog deploys, ReportSink sink, Explanations explanations, Clock clock, MeterRegistry registry) {
    this.engine = new RcaEngine(logs, REVISION_MILLIS, clock);
    this.deploys = deploys;
    this.sink = sink;
    this.explanations = explanations;
    this.registry = registry;
    this.analysis = Timer.builder("rootline.rca.analysis").description("Time to analyse the due incidents")
        .register(registry);
    registry.gauge("rootline.rca.incidents.open", engine, RcaEngine::openIncidents);
    registry.more().counter("rootline.rca.reports", List.of(), engine, RcaEngine::analyses);
    // The engine's bounded structures shed load by counting, never by growing: these say how much.
    registry.gauge("rootline.rca.traces.open", engine, RcaEngine::openTraces);
    registry.more().counter("rootline.rca.traces.evicted", List.of(), engine, RcaEngine::tracesEvicted);
    registry.more().counter("rootline.rca.spans.dropped", List.of(), engine, RcaEngine::spansDropped);
    registry.more().counter("rootline.rca.evidence.keys.dropped", List.of(), engine, RcaEngine::evidenceKeysDropped);
  }

  public void spans(List<Span> spans) {
    engine.spans(spans);
  }

  public void logs(List<LogRecord> records) {
    logs.addAll(records);
  }

  public void anomaly(Anomaly anomaly) {
    engine.anomaly(anomaly);
  }

  @Incoming("rca-windows")
  public CompletionStage<Void> onObservation(Message<byte[]> record) {
    try {
      engine.observation(ObservationJson.read(record.getPayload()));
    } catch (IllegalArgumentException | NullPointerException e) {
      registry.counter("rootline.rca.observations.bad").increment();
    }
    return record.ack();
  }

  @Scheduled(every = "${rootline.rca.tick:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    engine.changes(deploys.recent());
    List<RcaReport> reports = explanations.explainAll(analysis.record(engine::tick), engine::reviseSoon);
    for (RcaReport report : reports) {
      try {
        sink.accept(report);
      } catch (RuntimeException e) {
        registry.counter("rootline.rca.reports.failed").increment();
        LOG.warnf("report %s revision %d was not kept: %s", report.id(), report.revision(), e.getMessage());
      }
    }
  }
}
