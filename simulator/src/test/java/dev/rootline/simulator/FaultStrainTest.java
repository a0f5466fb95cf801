package dev.rootline.simulator;

import static dev.rootline.simulator.FaultRuns.before;
import static dev.rootline.simulator.FaultRuns.fault;
import static dev.rootline.simulator.FaultRuns.run;
import static dev.rootline.simulator.FaultRuns.series;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.simulator.Telemetry.SpanAt;
import dev.rootline.simulator.fault.FaultType;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Faults that strain resources show in metrics (pool, cache, CPU, memory, lag) as well as in spans. */
class FaultStrainTest {
  @Test
  void poolExhaustion_pushesUsedConnectionsToTheMaximumAndFailsRequests() {
    Telemetry telemetry = run(fault(FaultType.POOL_EXHAUSTION, "checkout", Duration.ofMinutes(5), 1.0), 3,
        Duration.ofMinutes(4));
    List<Double> used = series(telemetry, "checkout", "db.client.connection.count",
        p -> Telemetry.attribute(p.getAttributesList(), "db.client.connection.state").orElse("").equals("used"));

    assertThat(used.subList(0, 6)).allMatch(u -> u < 10);
    assertThat(used.get(used.size() - 1)).isEqualTo(20.0); // both pods, 10 each
    assertThat(telemetry.spans()).filteredOn(s -> FaultRuns.server(s, "checkout") && FaultRuns.failed(s))
        .anySatisfy(s -> assertThat(s.span().getStatus().getMessage()).contains("Connection is not available"));
  }

  @Test
  void cacheStampede_makesLookupsMissAndMultipliesDatabaseQueries() {
    Telemetry telemetry = run(fault(FaultType.CACHE_STAMPEDE, "productcatalog", Duration.ofMinutes(2), 1.0), 10,
        Duration.ofMinutes(1));
    Map<Boolean, Long> queries = telemetry.spans().stream()
        .filter(s -> FaultRuns.clientTo(s, "productcatalog", "postgresql"))
        .collect(Collectors.partitioningBy(FaultRuns::before, Collectors.counting()));
    List<Double> misses = series(telemetry, "productcatalog", "cache.gets",
        p -> Telemetry.attribute(p.getAttributesList(), "result").orElse("").equals("miss"));
    List<Double> hits = series(telemetry, "productcatalog", "cache.gets",
        p -> Telemetry.attribute(p.getAttributesList(), "result").orElse("").equals("hit"));

    assertThat(queries.get(false)).isGreaterThan(3 * queries.get(true));
    assertThat(hits.get(hits.size() - 1)).isEqualTo(hits.get(hits.size() / 2 - 1)); // no hit since
    assertThat(misses.get(misses.size() - 1)).isGreaterThan(2 * misses.get(misses.size() / 2 - 1));
  }

  @Test
  void cpuSaturation_raisesTheCpuMetricAndLatency() {
    Telemetry telemetry = run(fault(FaultType.CPU_SATURATION, "currency", Duration.ofMinutes(2), 0.8), 5,
        Duration.ofMinutes(1));
    List<Double> cpu = series(telemetry, "currency", "process.cpu.utilization", p -> true);

    assertThat(cpu.get(0)).isLessThan(0.2); // two pods
    assertThat(cpu.get(cpu.size() - 1)).isGreaterThan(1.5);
    assertThat(FaultRuns.meanMillis(currency(telemetry, false)))
        .isGreaterThan(2 * FaultRuns.meanMillis(currency(telemetry, true)));
  }

  @Test
  void memoryLeak_climbsMemoryThenRaisesGarbageCollectionTime() {
    Telemetry telemetry = run(fault(FaultType.MEMORY_LEAK, "email", Duration.ofMinutes(10), 90.0), 0.5,
        Duration.ofMinutes(9));
    List<Double> memory = series(telemetry, "email", "process.memory.usage", p -> true);
    List<Double> gcSeconds = FaultRuns.histogramSums(telemetry, "email", "jvm.gc.duration");
    int end = memory.size() - 1;

    assertThat(memory.get(end)).isGreaterThan(memory.get(5) + 600e6);
    assertThat(gcSeconds.get(end) - gcSeconds.get(end - 6)).isGreaterThan(10 * (gcSeconds.get(6) - gcSeconds.get(0)));
  }

  @Test
  void poisonPill_failsOneRecordAgainAndAgainWhileLagGrows() {
    Telemetry telemetry = run(fault(FaultType.POISON_PILL, "fulfillment", Duration.ofMinutes(3), null), 5,
        Duration.ofMinutes(4));
    List<SpanAt> failed = telemetry.spans().stream().filter(s -> s.span().getKind() == SpanKind.SPAN_KIND_CONSUMER
        && s.service().equals("fulfillment") && FaultRuns.failed(s)).toList();
    List<Double> lag = series(telemetry, "fulfillment", "kafka.consumer.records_lag", p -> true);

    assertThat(failed).hasSizeGreaterThan(30)
        .extracting(s -> s.attribute("messaging.kafka.message.key").orElseThrow() + "@"
            + s.attribute("messaging.kafka.offset").orElseThrow()).containsOnly(
            failed.get(0).attribute("messaging.kafka.message.key").orElseThrow() + "@"
                + failed.get(0).attribute("messaging.kafka.offset").orElseThrow());
    assertThat(failed).allSatisfy(s -> assertThat(s.attribute("messaging.system")).hasValue("kafka"));
    assertThat(lag.subList(0, 6)).allMatch(l -> l == 0);
    assertThat(lag.stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isGreaterThan(3);
    assertThat(lag.get(lag.size() - 1)).isLessThan(2);
  }

  private static List<SpanAt> currency(Telemetry telemetry, boolean earlier) {
    return telemetry.spans().stream().filter(s -> FaultRuns.server(s, "currency") && before(s) == earlier).toList();
  }
}
