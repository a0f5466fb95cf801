package dev.rootline.app.scaleout;

import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultPlan;
import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.fault.Faults;
import dev.rootline.simulator.model.ShopModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** What the child-process tests share: the children's configuration and the shop's two faults. */
final class ChildConfig {
  /** Past traffic replayed before the shop goes live: the detectors' baseline. */
  static final Duration HISTORY = Duration.ofMinutes(6);
  /** The second fault begins this long after the shop goes live: after the first page and the kill. */
  static final Duration SECOND_FAULT_AFTER = Duration.ofSeconds(100);

  private ChildConfig() {}

  /**
   * The packaged defaults (production profile: a consumer group per process for the analysis, the
   * rereading at start) plus a broker, a state directory, a webhook, and timeouts short enough
   * for a test: a dead process's partitions move after 10 s instead of 45 s.
   */
  static Map<String, String> child(String bootstrapServers, Path stateDir, String webhookUrl) {
    Map<String, String> p = new HashMap<>();
    p.put("kafka.bootstrap.servers", bootstrapServers);
    p.put("rootline.anomaly.state-dir", stateDir.toString());
    p.put("rootline.anomaly.session-timeout", "10s");
    p.put("mp.messaging.connector.smallrye-kafka.session.timeout.ms", "10000");
    p.put("rootline.rca.leader-session-timeout", "10s");
    p.put("rootline.rca.tick", "1s");
    // The replayed history arrives in a burst across partitions: a window waits a little longer.
    p.put("rootline.ingest.grace", "20s");
    p.put("rootline.ingest.min-grace", "20s"); // fixed, as these tests were written for (ADR 019)
    p.put("rootline.notify.channels.hook.type", "webhook");
    p.put("rootline.notify.channels.hook.url", webhookUrl);
    p.put("ROOTLINE_WEBHOOK_SECRET", "webhook-secret-for-tests");
    p.put("rootline.notify.tick", "500ms");
    p.put("rootline.notify.coalesce", "0s");
    return p;
  }

  /** productcatalog fails a fifth of its requests from a minute before {@code live}, then also slows down. */
  static FaultPlan faults(Instant live) {
    Faults faults = new Faults(ShopModel.standard(7));
    Instant end = live.plus(Duration.ofMinutes(15));
    Fault errors = faults.create(FaultType.ERRORS, "productcatalog", live.minusSeconds(60), end, 0.3);
    Fault latency = faults.create(FaultType.LATENCY, "productcatalog", live.plus(SECOND_FAULT_AFTER), end, 4.0);
    return FaultPlan.of(errors, latency);
  }
}
