package dev.rootline.app.ingest;

import dev.rootline.ingest.otlp.Signal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Ingest counters, exported at {@code /q/metrics} as {@code rootline_ingest_*}, from the start (at
 * 0, before the first record: an alert on increase() then sees the first one).
 */
@Startup
@ApplicationScoped
public class IngestMetrics {
  private static final Logger LOG = Logger.getLogger(IngestMetrics.class);
  private final Map<Signal, Counter> ok = new EnumMap<>(Signal.class);
  private final Map<Signal, Counter> dlq = new EnumMap<>(Signal.class);
  private final Map<Signal, Counter> redelivered = new EnumMap<>(Signal.class);
  private final Map<Signal, Counter> items = new EnumMap<>(Signal.class);
  private final Map<Signal, Counter> unkeyed = new EnumMap<>(Signal.class);
  private final Map<Signal, AtomicBoolean> warned = new EnumMap<>(Signal.class);
  private final Counter deploysOk;
  private final Counter deploysDlq;

  IngestMetrics(MeterRegistry registry) {
    for (Signal signal : Signal.values()) {
      ok.put(signal, records(registry, signal.label(), "ok"));
      dlq.put(signal, records(registry, signal.label(), "dlq"));
      redelivered.put(signal, records(registry, signal.label(), "redelivered"));
      items.put(signal, Counter.builder("rootline.ingest." + signal.label())
          .description("Items decoded from accepted records").register(registry));
      unkeyed.put(signal, Counter.builder("rootline.ingest.records.unkeyed")
          .description("Records read without a Kafka key: harmless for one replica; with more, traces and streams are split")
          .tag("signal", signal.label()).register(registry));
      warned.put(signal, new AtomicBoolean());
    }
    deploysOk = records(registry, "deploys", "ok");
    deploysDlq = records(registry, "deploys", "dlq");
  }

  /** A record of this signal was decoded and handed on, holding {@code count} items. */
  public void accepted(Signal signal, int count) {
    ok.get(signal).increment();
    items.get(signal).increment(count);
  }

  /**
   * A record of this signal came without a key. With more than one replica, each then sees a
   * random share of every trace or every metric stream (README, "Partitions"): said once in the log.
   */
  public void unkeyed(Signal signal) {
    unkeyed.get(signal).increment();
    if (warned.get(signal).compareAndSet(false, true)) {
      LOG.warnf("%s records come without a Kafka key: with more than one Rootline replica, %s. "
          + "Set %s: true on the Collector's kafka exporter (counted in rootline_ingest_records_unkeyed_total)",
          signal.label(), signal == Signal.SPANS ? "a trace's spans are split between replicas"
              : "each replica sees only some points of every stream and rates come out wrong",
          switch (signal) {
            case SPANS -> "partition_traces_by_id";
            case METRICS -> "partition_metrics_by_resource_attributes";
            case LOGS -> "partition_logs_by_resource_attributes";
          });
    }
  }

  /** A record of this signal was sent to the dead-letter topic. */
  public void deadLettered(Signal signal) {
    dlq.get(signal).increment();
  }

  /** A record of this signal was read again after a rebalance and skipped ({@link Redeliveries}). */
  public void redelivered(Signal signal) {
    redelivered.get(signal).increment();
  }

  public void deployAccepted() {
    deploysOk.increment();
  }

  public void deployDeadLettered() {
    deploysDlq.increment();
  }

  private static Counter records(MeterRegistry registry, String signal, String outcome) {
    return Counter.builder("rootline.ingest.records")
        .description("Records read from Kafka, by signal and outcome (ok; dlq when dead-lettered; redelivered when read again after a rebalance and skipped)")
        .tag("signal", signal)
        .tag("outcome", outcome)
        .register(registry);
  }
}
