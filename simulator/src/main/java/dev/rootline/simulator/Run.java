package dev.rootline.simulator;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.simulator.model.EntryPoint;
import dev.rootline.simulator.model.ServiceSpec;
import dev.rootline.simulator.model.ServiceTarget;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.TelemetrySink;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  /** Each service's metrics interval: its instrumentation's, else the config's. */
  private final Map<String, Long> metricsNanos = new HashMap<>();
  private final long[] intervals;
  private final boolean reportsChanges;
  private long nowNanos;
  private long nextMetricsNanos;

  Run(ShopModel model, SimulationConfig config, Conditions conditions, Instant from, TelemetrySink sink) {
    this.sink = sink;
    this.random = new SplittableRandom(config.seed());
    this.nowNanos = nanos(from);
    this.fleet = new Fleet(model, nowNanos);
    this.traffic = new Traffic(config.peakRootRequestsPerSecond(), model.trafficCycle(), random);
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
    for (ServiceSpec spec : model.services()) {
      Duration own = spec.instrumentation().metricsInterval();
      metricsNanos.put(spec.name(), (own != null ? own : config.metricsInterval()).toNanos());
    }
    this.intervals = metricsNanos.values().stream().mapToLong(Long::longValue).distinct().sorted().toArray();
    if (intervals[0] < tickNanos) {
      throw new IllegalArgumentException("a service exports metrics more often than the tick of " + config.tick());
    }
    this.nextMetricsNanos = nextExport(nowNanos);
    this.reportsChanges = model.reportsChanges();
    if (reportsChanges) {
      fleet.currentDeploys(from).forEach(sink::deploy);
    }
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
      nextMetricsNanos = nextExport(nextMetricsNanos);
    }
    nowNanos = endNanos;
  }

  /** Makes the changes due; reports them unless the system has no CI/CD integration. */
  private void changesDue(long atNanos) {
    List<DeployEvent> rolledOut = rollouts.due(atNanos, fleet, schedule.services());
    List<DeployEvent> planned = schedule.due(atNanos, fleet);
    if (reportsChanges) {
      rolledOut.forEach(sink::deploy);
      planned.forEach(sink::deploy);
    }
  }

  /** The first time after {@code afterNanos} that some service exports metrics; intervals align to the epoch. */
  private long nextExport(long afterNanos) {
    long next = Long.MAX_VALUE;
    for (long interval : intervals) {
      next = Math.min(next, Math.floorDiv(afterNanos, interval) * interval + interval);
    }
    return next;
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

  /** The metrics of every live pod due at {@code atNanos}, as their SDKs' periodic readers export them. */
  private ExportMetricsServiceRequest metrics(long atNanos) {
    ExportMetricsServiceRequest.Builder request = ExportMetricsServiceRequest.newBuilder();
    Instant at = instant(atNanos);
    for (Pod pod : fleet.pods()) {
      long own = metricsNanos.get(pod.identity().service());
      long interval = Math.min(own, atNanos - pod.startNanos());
      if (interval > 0 && Math.floorMod(atNanos, own) == 0) {
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
