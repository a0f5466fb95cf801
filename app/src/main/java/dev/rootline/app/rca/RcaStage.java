package dev.rootline.app.rca;

import dev.rootline.app.anomaly.ObservationJson;
import dev.rootline.app.anomaly.ObservationPublisher;
import dev.rootline.app.anomaly.TopicSetup;
import dev.rootline.app.explain.Explanations;
import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.Span;
import dev.rootline.ingest.change.DeployLog;
import dev.rootline.ingest.logs.LogTemplates;
import dev.rootline.ingest.trace.TraceShare;
import dev.rootline.rca.report.ReportSink;
import dev.rootline.rca.report.ReportStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 *
 * <p>Every replica reads every window and anomaly, rereading the last {@code rootline.rca.look-back}
 * at start ({@link RcaRewind}), so each keeps the same open incidents warm; only the leader
 * ({@link LeaderElection}) explains and hands reports on, numbered after the stored revision
 * ({@link RevisionContinuity}); nothing is reported until the reread history is in
 * (docs/adr/018-scale-out-and-restart.md).
 */
@ApplicationScoped
public class RcaStage {
  private static final Logger LOG = Logger.getLogger(RcaStage.class);
  private static final long REVISION_MILLIS = 60_000;
  private static final int MAX_HELD_ANOMALIES = 50_000;

  private final RcaEngine engine;
  private final LogEvidence logs = new LogEvidence(LogTemplates.standard());
  private final DeployLog deploys;
  private final ReportSink sink;
  private final Explanations explanations;
  private final Timer analysis;
  private final MeterRegistry registry;
  private final RcaRewind rewind;
  private final RevisionContinuity continuity;
  private final RcaConfig config;
  private final String bootstrapServers;
  private final String leaderGroup;
  private final HeldAnomalies held;
  private volatile LeaderElection leader;
  private boolean ledAtLastTick; // only the scheduler's tick reads and writes it

  RcaStage(DeployLog deploys, ReportSink sink, Explanations explanations, Clock clock, MeterRegistry registry,
      @Identifier(RcaRewind.NAME) RcaRewind rewind, ReportStore store, RcaConfig config,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "rootline.kafka.group-id") String groupId) {
    this.engine = new RcaEngine(logs, REVISION_MILLIS, config.groupWait().toMillis(),
        TraceShare.budget(config.traceBudget()), clock);
    this.deploys = deploys;
    this.sink = sink;
    this.explanations = explanations;
    this.registry = registry;
    this.rewind = rewind;
    this.continuity = new RevisionContinuity(store, engine::rename);
    this.held = new HeldAnomalies(MAX_HELD_ANOMALIES, engine::anomaly);
    this.config = config;
    this.bootstrapServers = bootstrapServers;
    this.leaderGroup = groupId + "-rca-leader";
    this.analysis = Timer.builder("rootline.rca.analysis").description("Time to analyse the due incidents")
        .register(registry);
    registry.gauge("rootline.rca.incidents.open", engine, RcaEngine::openIncidents);
    registry.more().counter("rootline.rca.reports", List.of(), engine, RcaEngine::analyses);
    // The engine's bounded structures shed load by counting, never by growing: these say how much.
    registry.gauge("rootline.rca.traces.open", engine, RcaEngine::openTraces);
    registry.more().counter("rootline.rca.traces.evicted", List.of(), engine, RcaEngine::tracesEvicted);
    registry.more().counter("rootline.rca.spans.dropped", List.of(), engine, RcaEngine::spansDropped);
    registry.more().counter("rootline.rca.evidence.keys.dropped", List.of(), engine, RcaEngine::evidenceKeysDropped);
    registry.gauge("rootline.rca.traces.share", engine, RcaEngine::traceShare);
    registry.more().counter("rootline.rca.spans.unread", List.of(), engine, RcaEngine::spansLeftOut);
    registry.gauge("rootline.rca.leader", this, stage -> stage.isLeader() ? 1 : 0);
    registry.counter("rootline.rca.reports.failed"); // from the start, at 0, for alerts on increase()
    registry.gauge("rootline.rca.caught.up", rewind, r -> r.caughtUp() ? 1 : 0);
  }

  void onStart(@Observes StartupEvent started) {
    TopicSetup.ensure(bootstrapServers, List.of(config.leaderTopic()), 1);
    leader = new LeaderElection(bootstrapServers, leaderGroup, config.leaderTopic(), config.leaderSessionTimeout());
  }

  void onStop(@Observes ShutdownEvent stopping) {
    LeaderElection held = leader;
    if (held != null) {
      held.close();
    }
  }

  /** Whether this process is the one that reports. */
  public boolean isLeader() {
    LeaderElection held = leader;
    return held != null && held.isLeader();
  }

  /** Notes how far a consumer of windows or anomalies has read, for the catch-up after a rewind. */
  public void seen(Message<?> record) {
    record.getMetadata(IncomingKafkaRecordMetadata.class)
        .ifPresent(m -> rewind.seen(m.getTopic(), m.getPartition(), m.getOffset()));
  }

  public void spans(List<Span> spans) {
    engine.spans(spans);
  }

  public void logs(List<LogRecord> records) {
    logs.addAll(records);
  }

  public void anomaly(Anomaly anomaly) {
    held.offer(anomaly, rewind.caughtUp());
  }

  @Incoming("rca-windows")
  public CompletionStage<Void> onObservation(Message<byte[]> record) {
    seen(record);
    if (ObservationPublisher.isProgress(record.getPayload())) {
      return record.ack(); // a replica's progress, for the anomaly stage
    }
    try {
      engine.observation(ObservationJson.read(record.getPayload()));
    } catch (IllegalArgumentException | NullPointerException e) {
      registry.counter("rootline.rca.observations.bad").increment();
    }
    return record.ack();
  }

  @Scheduled(every = "${rootline.rca.tick:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (!rewind.caughtUp()) {
      return; // an incident rebuilt from part of its anomalies could be named or numbered wrongly
    }
    held.release();
    engine.changes(deploys.recent());
    boolean leading = isLeader();
    if (leading && !ledAtLastTick) {
      // Taking over: revisions this replica made as a standby may never have reached the store.
      engine.reviseAllSoon();
    }
    ledAtLastTick = leading;
    List<RcaReport> due = analysis.record(engine::tick);
    if (!leading) {
      // A standby keeps its incidents and revisions warm and hands nothing on.
      registry.counter("rootline.rca.reports.standby").increment(due.size());
      return;
    }
    List<RcaReport> reports = explanations.explainAll(continued(due), engine::reviseSoon);
    for (RcaReport report : reports) {
      try {
        sink.accept(report);
      } catch (RuntimeException e) {
        registry.counter("rootline.rca.reports.failed").increment();
        LOG.warnf("report %s revision %d was not kept: %s", report.id(), report.revision(), e.getMessage());
      }
    }
  }

  /** The due reports numbered on from the store, without those that say nothing new. */
  private List<RcaReport> continued(List<RcaReport> due) {
    List<RcaReport> continued = new ArrayList<>();
    for (RcaReport report : due) {
      try {
        continuity.next(report).ifPresentOrElse(continued::add,
            () -> registry.counter("rootline.rca.reports.unchanged").increment());
      } catch (RuntimeException e) {
        registry.counter("rootline.rca.reports.failed").increment();
        LOG.warnf("report %s revision %d was not kept: %s", report.id(), report.revision(), e.getMessage());
      }
    }
    return continued;
  }
}
