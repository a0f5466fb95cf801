package dev.rootline.simulator;

import static dev.rootline.simulator.FaultRuns.before;
import static dev.rootline.simulator.FaultRuns.clientTo;
import static dev.rootline.simulator.FaultRuns.failed;
import static dev.rootline.simulator.FaultRuns.fault;
import static dev.rootline.simulator.FaultRuns.meanMillis;
import static dev.rootline.simulator.FaultRuns.run;
import static dev.rootline.simulator.FaultRuns.server;
import static dev.rootline.simulator.FaultRuns.share;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.simulator.Telemetry.SpanAt;
import dev.rootline.simulator.fault.FaultType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Faults on the request path change the spans, logs and deploys they should, and only from their start. */
class FaultSignalsTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void latency_slowsTheServiceFromItsStartOnly() {
    List<SpanAt> spans = run(fault(FaultType.LATENCY, "currency", MINUTE, 4.0), 10, MINUTE).spans();
    List<SpanAt> currency = spans.stream().filter(s -> server(s, "currency")).toList();

    double normal = meanMillis(currency.stream().filter(FaultRuns::before).toList());
    assertThat(meanMillis(currency.stream().filter(s -> !before(s)).toList())).isGreaterThan(3 * normal);
  }

  @Test
  void networkDelay_stretchesTheCallersClientSpansButNotTheCalleesServerSpans() {
    List<SpanAt> spans = run(fault(FaultType.NETWORK_DELAY, "frontend>cart", MINUTE, 50.0), 10, MINUTE).spans();
    List<SpanAt> calls = spans.stream().filter(s -> clientTo(s, "frontend", "cart")).toList();
    List<SpanAt> served = spans.stream().filter(s -> server(s, "cart")).toList();

    assertThat(meanMillis(calls.stream().filter(s -> !before(s)).toList()))
        .isGreaterThan(meanMillis(calls.stream().filter(FaultRuns::before).toList()) + 40);
    assertThat(meanMillis(served.stream().filter(s -> !before(s)).toList()))
        .isLessThan(2 * meanMillis(served.stream().filter(FaultRuns::before).toList()));
  }

  @Test
  void errors_raiseTheShareOfFailedServerSpansAndErrorLogs() {
    Telemetry telemetry = run(fault(FaultType.ERRORS, "payment", MINUTE, 0.3), 20, MINUTE);
    List<SpanAt> spans = telemetry.spans();
    Predicate<SpanAt> payment = s -> server(s, "payment");

    assertThat(share(spans, payment.and(FaultRuns::before), FaultRuns::failed)).isLessThan(0.05);
    assertThat(share(spans, payment.and(s -> !before(s)), FaultRuns::failed)).isBetween(0.2, 0.45);
    assertThat(spans.stream().filter(payment.and(FaultRuns::failed)))
        .allSatisfy(s -> assertThat(s.attribute("http.response.status_code")).hasValue("500"));
    assertThat(telemetry.logs()).anySatisfy(l -> assertThat(l.log().getSeverityText()).isEqualTo("ERROR"));
  }

  @Test
  void badDeploy_rollsOutAVersionThatBreaksOneRouteAndRollsItBack() {
    Telemetry telemetry = run(fault(FaultType.BAD_DEPLOY, "checkout", MINUTE, 0.5), 20, MINUTE.multipliedBy(2));
    List<DeployEvent> changes = telemetry.sink().deploys().stream().filter(d -> d.previousVersion() != null).toList();
    Predicate<SpanAt> checkout = s -> server(s, "checkout") && s.span().getName().equals("POST /checkout");

    assertThat(changes).extracting(DeployEvent::kind, DeployEvent::version, DeployEvent::at).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ChangeKind.DEPLOY, "1.5.0", FaultRuns.START),
        org.assertj.core.groups.Tuple.tuple(ChangeKind.ROLLBACK, "1.4.2", FaultRuns.START.plus(MINUTE)));
    assertThat(telemetry.spans()).filteredOn(checkout.and(FaultRuns::failed).and(s -> !before(s)))
        .filteredOn(s -> s.span().getStartTimeUnixNano() < FaultRuns.nanos(FaultRuns.START.plus(MINUTE)))
        .isNotEmpty().allSatisfy(s -> assertThat(version(s)).isEqualTo("1.5.0"));
    assertThat(share(telemetry.spans(), s -> checkout.test(s) && version(s).equals("1.5.0"), FaultRuns::failed))
        .isGreaterThan(0.35);
  }

  @Test
  void nPlusOne_multipliesTheChildClientSpansOfEachRequest() {
    List<List<SpanAt>> traces = run(fault(FaultType.N_PLUS_ONE, "checkout", MINUTE, 12.0), 20, MINUTE).traces();
    Map<Boolean, Double> callsPerCheckout = traces.stream()
        .filter(t -> t.stream().anyMatch(s -> server(s, "checkout") && s.span().getName().equals("POST /checkout")))
        .collect(Collectors.partitioningBy(t -> t.stream().allMatch(FaultRuns::before),
            Collectors.averagingLong(t -> t.stream().filter(s -> clientTo(s, "checkout", "productcatalog")).count())));

    assertThat(callsPerCheckout.get(false)).isGreaterThan(2.5 * callsPerCheckout.get(true));
  }

  @Test
  void retryStorm_multipliesTheCallersOutboundCallsWhileItsInboundStaysFlat() {
    Duration storm = Duration.ofMinutes(3);
    List<SpanAt> spans = run(fault(FaultType.RETRY_STORM, "frontend>cart", storm, 4.0), 10, storm).spans();
    double before = calls(spans, true) / (double) served(spans, true);
    double during = calls(spans, false) / (double) served(spans, false);

    assertThat(during).isGreaterThan(1.3 * before);
    assertThat(spans).anySatisfy(s -> assertThat(s.attribute("http.request.resend_count")).hasValue("1"));
  }

  @Test
  void configChange_reportsTheFlagAndBreaksOnlyItsRoute() {
    Telemetry telemetry = run(fault(FaultType.CONFIG_CHANGE, "checkout", MINUTE, 0.5), 20, MINUTE);
    List<SpanAt> failedAfter = telemetry.spans().stream()
        .filter(s -> server(s, "checkout") && failed(s) && !before(s)).toList();

    assertThat(telemetry.sink().deploys()).filteredOn(d -> d.kind() == ChangeKind.FEATURE_FLAG)
        .extracting(DeployEvent::service, DeployEvent::at)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("checkout", FaultRuns.START));
    assertThat(failedAfter).isNotEmpty().allSatisfy(s -> assertThat(s.span().getName()).isEqualTo("POST /checkout"));
  }

  @Test
  void dependencyOutage_failsTheCallersClientSpansToTheDatabase() {
    List<SpanAt> spans = run(fault(FaultType.DEPENDENCY_OUTAGE, "postgresql", MINUTE, 1.0), 10, MINUTE).spans();
    Predicate<SpanAt> query = s -> s.attribute("db.system.name").orElse("").equals("postgresql");

    assertThat(spans).filteredOn(query.and(FaultRuns::before)).isNotEmpty().noneMatch(FaultRuns::failed);
    assertThat(spans).filteredOn(query.and(s -> !before(s))).isNotEmpty().allSatisfy(s -> {
      assertThat(failed(s)).isTrue();
      assertThat(s.span().getEventsList()).extracting(e -> e.getName()).contains("exception");
    });
    assertThat(spans)
        .filteredOn(s -> server(s, "checkout") && !before(s) && s.span().getName().equals("POST /checkout"))
        .isNotEmpty().allMatch(FaultRuns::failed);
  }

  private static long calls(List<SpanAt> spans, boolean earlier) {
    return spans.stream().filter(s -> clientTo(s, "frontend", "cart") && before(s) == earlier).count();
  }

  private static long served(List<SpanAt> spans, boolean earlier) {
    return spans.stream().filter(s -> server(s, "frontend") && before(s) == earlier).count();
  }

  private static String version(SpanAt span) {
    return Telemetry.attribute(span.resource().getAttributesList(), "service.version").orElseThrow();
  }
}
