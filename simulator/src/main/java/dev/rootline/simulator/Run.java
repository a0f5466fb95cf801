package dev.rootline.simulator;

import dev.rootline.simulator.model.EntryPoint;
import dev.rootline.simulator.model.ServiceSpec;
import dev.rootline.simulator.model.ServiceTarget;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.TelemetrySink;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * One run of a simulation: the shop's state as simulated time advances tick by tick. Changes made
 * before the run starts (planned before {@code from}) are not replayed.
 */
final class Run {
  private final TelemetrySink sink;
  private final SplittableRandom random;
  private final Fleet fleet;
  private final Traffic traffic;
  private final LogBuffer logs = new LogBuffer();
  private final PriorityQueue<Trace> inFlight = new PriorityQueue<>(Comparator.comparingLong(Trace::endNanos));
  private final TraceGenerator traces;
  private final Rollouts rollouts;
  private final Schedule schedule;
  private final Broker broker;
  private final Conditions conditions;
  private final List<ServiceTarget> entries;
  private final double[] cumulativeWeights;
  private final long tickNanos;
  private final long metricsNanos;
  private long nowNanos;
  private long nextMetricsNanos;

  Run(ShopModel model, SimulationConfig config, Conditions conditions, Instant from, TelemetrySink sink) {
    this.sink = sink;
    this.random = new SplittableRandom(config.seed());
    this.nowNanos = nanos(from);
    this.fleet = new Fleet(model, nowNanos);
    this.traffic = new Traffic(config.peakRootRequestsPerSecond(), random);
    this.conditions = conditions;
    this.broker = new Broker(model, conditions, random);
    this.traces = new TraceGenerator(model, fleet, conditions, broker, random);
    this.rollouts = new Rollouts(config.deployMeanInterval(),
        model.services().stream().map(ServiceSpec::name).toList(), nowNanos, random);
    this.schedule = new Schedule(conditions.changes(), nowNanos);
    List<EntryPoint> entryPoints = model.entryPoints();
    this.entries = entryPoints.stream().map(e -> new ServiceTarget(e.service(), e.endpoint())).toList();
    this.cumulativeWeights = new double[entryPoints.size()];
    double total = 0;
    for (int i = 0; i < cumulativeWeights.length; i++) {
      total += entryPoints.get(i).weight();
      cumulativeWeights[i] = total;
    }
    this.tickNanos = config.tick().toNanos();
    this.metricsNanos = config.metricsInterval().toNanos();
    this.nextMetricsNanos = Math.floorDiv(nowNanos, metricsNanos) * metricsNanos + metricsNanos;
    fleet.currentDeploys(from).forEach(sink::deploy);
  }

  Instant now() {
    return instant(nowNanos);
  }

  /**
   * Simulates up to {@code end}, in whole ticks except perhaps the last. Requests are exported in
   * the tick they end in; those still in flight wait for a later tick or {@link #finish()}.
   */
  void advanceTo(Instant end) {
    long endNanos = nanos(end);
    while (nowNanos < endNanos) {
      tick(Math.min(nowNanos + tickNanos, endNanos));
    }
  }

  private void tick(long endNanos) {
    long length = endNanos - nowNanos;
    long[] starts = new long[traffic.arrivals(instant(nowNanos), length / 1e9)];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = nowNanos + (long) (random.nextDouble() * length);
    }
    Arrays.sort(starts);
    for (long start : starts) {
      changesDue(start);
      inFlight.add(traces.generate(pickEntry(), start));
    }
    changesDue(endNanos);
    inFlight.addAll(broker.consumeUntil(endNanos, fleet, traces));
    exportEndedBy(endNanos);
    while (nextMetricsNanos <= endNanos) {
      sink.metrics(metrics(nextMetricsNanos));
      nextMetricsNanos += metricsNanos;
    }
    nowNanos = endNanos;
  }

  private void changesDue(long atNanos) {
    rollouts.due(atNanos, fleet, schedule.services()).forEach(sink::deploy);
    schedule.due(atNanos, fleet).forEach(sink::deploy);
  }

  /** Exports the requests still in flight, as an SDK flushes on shutdown. */
  void finish() {
    exportEndedBy(Long.MAX_VALUE);
  }

  private void exportEndedBy(long endNanos) {
    while (!inFlight.isEmpty() && inFlight.peek().endNanos() <= endNanos) {
      Trace trace = inFlight.poll();
      sink.spans(trace.key(), trace.spans());
      logs.addAll(trace.logs());
    }
    if (!logs.isEmpty()) {
      sink.logs(logs.drain());
    }
  }

  private ServiceTarget pickEntry() {
    double draw = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
    int i = 0;
    while (i < cumulativeWeights.length - 1 && draw >= cumulativeWeights[i]) {
      i++;
    }
    return entries.get(i);
  }

  /** Every live pod's metrics at {@code atNanos}, as their SDKs' periodic readers export them. */
  private ExportMetricsServiceRequest metrics(long atNanos) {
    ExportMetricsServiceRequest.Builder request = ExportMetricsServiceRequest.newBuilder();
    Instant at = instant(atNanos);
    for (Pod pod : fleet.pods()) {
      long interval = Math.min(metricsNanos, atNanos - pod.startNanos());
      if (interval > 0) {
        request.addResourceMetrics(ResourceMetrics.newBuilder()
            .setResource(pod.resource())
            .addAllScopeMetrics(pod.collect(atNanos, interval, conditions.strain(pod.identity(), at), random))
            .addAllScopeMetrics(broker.collect(pod, fleet.pods(pod.identity().service()), atNanos)));
      }
    }
    return request.build();
  }

  private static long nanos(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(0, nanos);
  }
}
