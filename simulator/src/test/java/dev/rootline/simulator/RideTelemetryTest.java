package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.simulator.Telemetry.LogAt;
import dev.rootline.simulator.Telemetry.SpanAt;
import dev.rootline.simulator.fault.FaultPlan;
import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.fault.Faults;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.InMemoryTelemetrySink;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ride system's harder telemetry: errors some services never mark, two metric intervals, no change reports. */
class RideTelemetryTest {
  private static final Instant FROM = Instant.parse("2026-04-06T08:00:00Z");
  private static final Instant START = FROM.plusSeconds(60);
  private static final Set<String> BY_HAND = Set.of("rider-profile", "dispatch", "billing");
  private static final Set<String> STATUS_KEYS =
      Set.of("http.response.status_code", "rpc.grpc.status_code", "error.type");

  private static Telemetry failing;

  /**
   * Three minutes of the morning rush: from the second, dispatch 5.2.0 (deployed then) fails half of
   * {@code POST /dispatch}, and billing and rider-profile fail half their requests. Simulated once.
   */
  private static synchronized Telemetry failing() {
    if (failing == null) {
      ShopModel ride = ShopModel.ride(Fixtures.SEED);
      Faults faults = new Faults(ride);
      Instant end = START.plus(Duration.ofMinutes(2));
      FaultPlan plan = FaultPlan.of(faults.create(FaultType.BAD_DEPLOY, "dispatch", START, end, 0.5),
          faults.create(FaultType.ERRORS, "billing", START, end, 0.5),
          faults.create(FaultType.ERRORS, "rider-profile", START, end, 0.5));
      InMemoryTelemetrySink sink = new InMemoryTelemetrySink();
      SimulationConfig config = Fixtures.BUSY.withPeakRootRequestsPerSecond(20).withDeployMeanInterval(Duration.ZERO);
      new Simulation(ride, config, plan).run(FROM, end, sink);
      failing = new Telemetry(sink);
    }
    return failing;
  }

  @Test
  void servicesWithoutErrorStatus_markNoErrorInTheirSpans() {
    List<SpanAt> own = failing().spans().stream().filter(s -> BY_HAND.contains(s.service())).toList();

    assertThat(own).extracting(SpanAt::service).containsAll(BY_HAND);
    assertThat(own).noneMatch(FaultRuns::failed)
        .allSatisfy(s -> assertThat(s.span().getEventsList()).isEmpty())
        .allSatisfy(s -> assertThat(s.span().getAttributesList()).extracting(KeyValue::getKey)
            .doesNotContainAnyElementsOf(STATUS_KEYS));
    assertThat(failing().spans()).filteredOn(s -> s.service().equals("trips")).anyMatch(FaultRuns::failed);
  }

  @Test
  void servicesWithoutErrorStatus_exportDurationsWithoutStatusCodes() {
    List<HistogramDataPoint> points = failing().metrics().stream()
        .filter(m -> BY_HAND.contains(m.service()) && m.metric().getName().equals("http.server.request.duration"))
        .flatMap(m -> m.metric().getHistogram().getDataPointsList().stream()).toList();

    assertThat(points).isNotEmpty().allSatisfy(p -> assertThat(p.getAttributesList()).extracting(KeyValue::getKey)
        .doesNotContainAnyElementsOf(STATUS_KEYS));
  }

  @Test
  void servicesWithoutErrorStatus_logTheirErrorsAndTheirCallersSeeThem() {
    Set<String> logging = failing().logs().stream()
        .filter(l -> l.log().getSeverityNumber() == SeverityNumber.SEVERITY_NUMBER_ERROR)
        .map(RideTelemetryTest::service).collect(Collectors.toSet());

    assertThat(logging).containsAll(BY_HAND);
    assertThat(failing().spans()).filteredOn(s -> FaultRuns.clientTo(s, "trips", "dispatch"))
        .anyMatch(s -> FaultRuns.failed(s) && s.attribute("http.response.status_code").orElse("").equals("500"));
    assertThat(failing().spans()).filteredOn(s -> FaultRuns.clientTo(s, "gateway", "billing"))
        .anyMatch(FaultRuns::failed);
  }

  @Test
  void metrics_comeEvery30SecondsFromSomeServicesAnd60FromOthers() {
    assertThat(exportSeconds("gateway")).containsExactly(30L, 60L, 90L, 120L, 150L, 180L);
    assertThat(exportSeconds("dispatch")).containsExactly(60L, 120L, 180L);
    assertThat(exportSeconds("receipts")).contains(30L, 90L);
  }

  @Test
  void deploys_areNotReportedThoughTheVersionChanges() {
    assertThat(failing().sink().deploys()).isEmpty();
    assertThat(failing().spans()).filteredOn(s -> s.service().equals("dispatch"))
        .extracting(s -> Telemetry.attribute(s.resource().getAttributesList(), "service.version").orElseThrow())
        .contains("5.1.3", "5.2.0");
  }

  /** The seconds after {@link #FROM} at which the service's pods exported their CPU gauge. */
  private static Set<Long> exportSeconds(String service) {
    return failing().metrics().stream()
        .filter(m -> m.service().equals(service) && m.metric().getName().equals("process.cpu.utilization"))
        .map(m -> m.metric().getGauge().getDataPoints(0).getTimeUnixNano() / 1_000_000_000L - FROM.getEpochSecond())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String service(LogAt log) {
    return Telemetry.attribute(log.resource().getAttributesList(), "service.name").orElseThrow();
  }
}
