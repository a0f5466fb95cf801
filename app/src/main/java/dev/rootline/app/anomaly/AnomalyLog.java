package dev.rootline.app.anomaly;

import dev.rootline.app.rca.RcaStage;
import dev.rootline.core.anomaly.Anomaly;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The latest report of each recent anomaly, read from {@code rootline.anomalies} and handed on to
 * root cause analysis; bounded, the least recently updated forgotten first.
 */
@ApplicationScoped
public class AnomalyLog {
  private static final int CAPACITY = 10_000;
  private final AnomalyStageMetrics metrics;
  private final RcaStage rca;
  private final Map<String, Anomaly> byId = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Anomaly> eldest) {
      return size() > CAPACITY;
    }
  };

  AnomalyLog(AnomalyStageMetrics metrics, RcaStage rca) {
    this.metrics = metrics;
    this.rca = rca;
  }

  @Incoming("anomalies")
  public CompletionStage<Void> onAnomaly(Message<byte[]> record) {
    rca.seen(record);
    try {
      Anomaly anomaly = AnomalyJson.read(record.getPayload());
      synchronized (this) {
        byId.put(anomaly.id(), anomaly);
      }
      rca.anomaly(anomaly);
      return record.ack();
    } catch (IllegalArgumentException | NullPointerException e) {
      metrics.badObservation();
      return record.nack(e);
    }
  }

  /** The kept anomalies, newest onset first; only the unresolved ones when {@code openOnly}. */
  public synchronized List<Anomaly> recent(boolean openOnly) {
    List<Anomaly> out = new ArrayList<>();
    for (Anomaly a : byId.values()) {
      if (!openOnly || a.state() != Anomaly.State.RESOLVED) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparing(Anomaly::onset).reversed().thenComparing(Anomaly::id));
    return out;
  }
}
