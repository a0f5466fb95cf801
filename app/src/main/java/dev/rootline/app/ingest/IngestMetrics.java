package dev.rootline.app.ingest;

import dev.rootline.ingest.otlp.Signal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/** Ingest counters, exported at {@code /q/metrics} as {@code rootline_ingest_*}. */
@ApplicationScoped
public class IngestMetrics {
  private final Map<Signal, Counter> ok = new EnumMap<>(Signal.class);
  private final Map<Signal, Counter> dlq = new EnumMap<>(Signal.class);
  private final Map<Signal, Counter> items = new EnumMap<>(Signal.class);
  private final Counter deploysOk;
  private final Counter deploysDlq;

  IngestMetrics(MeterRegistry registry) {
    for (Signal signal : Signal.values()) {
      ok.put(signal, records(registry, signal.label(), "ok"));
      dlq.put(signal, records(registry, signal.label(), "dlq"));
      items.put(signal, Counter.builder("rootline.ingest." + signal.label())
          .description("Items decoded from accepted records").register(registry));
    }
    deploysOk = records(registry, "deploys", "ok");
    deploysDlq = records(registry, "deploys", "dlq");
  }

  /** A record of this signal was decoded and handed on, holding {@code count} items. */
  public void accepted(Signal signal, int count) {
    ok.get(signal).increment();
    items.get(signal).increment(count);
  }

  /** A record of this signal was sent to the dead-letter topic. */
  public void deadLettered(Signal signal) {
    dlq.get(signal).increment();
  }

  public void deployAccepted() {
    deploysOk.increment();
  }

  public void deployDeadLettered() {
    deploysDlq.increment();
  }

  private static Counter records(MeterRegistry registry, String signal, String outcome) {
    return Counter.builder("rootline.ingest.records")
        .description("Records read from Kafka, by signal and outcome (ok, or dlq when dead-lettered)")
        .tag("signal", signal)
        .tag("outcome", outcome)
        .register(registry);
  }
}
