package dev.rootline.simulator;

import dev.rootline.simulator.Telemetry.MetricAt;
import dev.rootline.simulator.Telemetry.SpanAt;
import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultPlan;
import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.fault.Faults;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.InMemoryTelemetrySink;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.opentelemetry.proto.trace.v1.Status.StatusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** Short runs of the shop around a fault that starts a minute in, and what they are asserted with. */
final class FaultRuns {
  static final Instant FROM = Fixtures.NOON;
  static final Instant START = FROM.plusSeconds(60);
  static final Faults FAULTS = new Faults(ShopModel.standard(Fixtures.SEED));

  private FaultRuns() {}

  /** The standard fault of {@code type} on {@code target}, from {@link #START} for {@code length}. */
  static Fault fault(FaultType type, String target, Duration length, Double strength) {
    return FAULTS.create(type, target, START, START.plus(length), strength);
  }

  /** A minute of normal traffic, then {@code during} under the fault, at {@code peakRps}; no harmless rollouts. */
  static Telemetry run(Fault fault, double peakRps, Duration during) {
    InMemoryTelemetrySink sink = new InMemoryTelemetrySink();
    SimulationConfig config =
        Fixtures.BUSY.withPeakRootRequestsPerSecond(peakRps).withDeployMeanInterval(Duration.ZERO);
    new Simulation(ShopModel.standard(Fixtures.SEED), config, FaultPlan.of(fault)).run(FROM, START.plus(during), sink);
    return new Telemetry(sink);
  }

  static boolean before(SpanAt span) {
    return span.span().getStartTimeUnixNano() < nanos(START);
  }

  static boolean server(SpanAt span, String service) {
    return span.span().getKind() == SpanKind.SPAN_KIND_SERVER && span.service().equals(service);
  }

  static boolean failed(SpanAt span) {
    return span.span().getStatus().getCode() == StatusCode.STATUS_CODE_ERROR;
  }

  static boolean clientTo(SpanAt span, String caller, String peer) {
    return span.span().getKind() == SpanKind.SPAN_KIND_CLIENT && span.service().equals(caller)
        && (span.attribute("peer.service").orElse("").equals(peer)
            || span.attribute("db.system.name").orElse("").equals(peer));
  }

  static double share(List<SpanAt> spans, Predicate<SpanAt> of, Predicate<SpanAt> matching) {
    List<SpanAt> all = spans.stream().filter(of).toList();
    return all.stream().filter(matching).count() / (double) all.size();
  }

  static double meanMillis(List<SpanAt> spans) {
    return spans.stream().mapToLong(s -> s.span().getEndTimeUnixNano() - s.span().getStartTimeUnixNano())
        .average().orElseThrow() / 1e6;
  }

  /** The values of a service's number metric, export by export, summed over its pods' points matching. */
  static List<Double> series(Telemetry telemetry, String service, String metric, Predicate<NumberDataPoint> point) {
    return telemetry.sink().metrics().stream()
        .map(request -> new Telemetry(single(request)).metrics().stream()
            .filter(m -> m.service().equals(service) && m.metric().getName().equals(metric))
            .map(MetricAt::metric)
            .flatMap(m -> (m.hasGauge() ? m.getGauge().getDataPointsList() : m.getSum().getDataPointsList()).stream())
            .filter(point).mapToDouble(p -> p.hasAsDouble() ? p.getAsDouble() : p.getAsInt()).sum())
        .toList();
  }

  /** A histogram metric's sum of sums, export by export, over the service's pods. */
  static List<Double> histogramSums(Telemetry telemetry, String service, String metric) {
    return telemetry.sink().metrics().stream()
        .map(request -> new Telemetry(single(request)).metrics().stream()
            .filter(m -> m.service().equals(service) && m.metric().getName().equals(metric))
            .flatMap(m -> m.metric().getHistogram().getDataPointsList().stream()).mapToDouble(p -> p.getSum()).sum())
        .toList();
  }

  private static InMemoryTelemetrySink single(ExportMetricsServiceRequest request) {
    InMemoryTelemetrySink sink = new InMemoryTelemetrySink();
    sink.metrics(request);
    return sink;
  }

  static long nanos(Instant at) {
    return at.getEpochSecond() * 1_000_000_000L + at.getNano();
  }
}
