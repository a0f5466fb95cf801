package dev.rootline.simulator;

import static dev.rootline.simulator.MetricProtos.count;
import static dev.rootline.simulator.MetricProtos.number;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A pod's process and JVM metrics: CPU and memory follow the work it did in the interval, garbage
 * collections follow its allocations, the connection pool follows its time spent in the database.
 */
final class RuntimeMetrics {
  private static final double[] GC_BOUNDS = {0.01, 0.1, 1, 10};
  private static final List<KeyValue> MINOR_GC = List.of(
      Attributes.string("jvm.gc.name", "G1 Young Generation"), Attributes.string("jvm.gc.action", "end of minor GC"));
  private static final List<KeyValue> MAJOR_GC = List.of(
      Attributes.string("jvm.gc.name", "G1 Old Generation"), Attributes.string("jvm.gc.action", "end of major GC"));
  private static final KeyValue POOL_NAME = Attributes.string("db.client.connection.pool.name", "HikariPool-1");
  private static final List<KeyValue> USED =
      List.of(POOL_NAME, Attributes.string("db.client.connection.state", "used"));
  private static final List<KeyValue> IDLE =
      List.of(POOL_NAME, Attributes.string("db.client.connection.state", "idle"));
  private static final double GC_PER_REQUEST = 0.004;
  private static final double MAJOR_GC_PER_INTERVAL = 0.002;
  private static final double CPU_SHARE_OF_BUSY_TIME = 0.6;
  private static final long YOUNG_GEN_BYTES = 96L << 20;

  private final int poolSize;
  private final long baseMemoryBytes;
  private final CumulativeHistogram minorGc = new CumulativeHistogram(GC_BOUNDS);
  private final CumulativeHistogram majorGc = new CumulativeHistogram(GC_BOUNDS);
  private boolean hadMajorGc;
  private long busyNanos;
  private long databaseNanos;
  private long requests;

  RuntimeMetrics(int poolSize, long baseMemoryBytes) {
    this.poolSize = poolSize;
    this.baseMemoryBytes = baseMemoryBytes;
  }

  /** Counts a request the pod served, with the time it spent working on it itself. */
  void served(long selfNanos) {
    busyNanos += selfNanos;
    requests++;
  }

  /** Counts time one of its connections was checked out for a query. */
  void queried(long nanos) {
    databaseNanos += nanos;
  }

  /** The interval's runtime and pool metrics; starts the next interval. */
  List<ScopeMetrics> collect(long startNanos, long timeNanos, long intervalNanos, RandomGenerator random) {
    double gcSeconds = collectGarbage(random);
    double cpu = 0.02 + CPU_SHARE_OF_BUSY_TIME * busyNanos / intervalNanos
        + gcSeconds * 1e9 / intervalNanos + 0.004 * random.nextGaussian();
    double warmup = 1 - Math.exp(-(timeNanos - startNanos) / 1.8e12);
    long memory = baseMemoryBytes + (long) (warmup * (80L << 20)) + (long) (random.nextDouble() * YOUNG_GEN_BYTES);
    List<Metric> runtime = new ArrayList<>();
    runtime.add(MetricProtos.gauge("process.cpu.utilization", "1",
        "Difference in process.cpu.time since the last measurement, divided by the elapsed time and"
            + " number of CPUs available to the process.",
        number(Math.min(1, Math.max(0.001, cpu)), List.of(), startNanos, timeNanos)));
    runtime.add(MetricProtos.upDownCounter("process.memory.usage", "By", "The amount of physical memory in use.",
        count(memory, List.of(), startNanos, timeNanos)));
    runtime.add(MetricProtos.histogram("jvm.gc.duration", "s", "Duration of JVM garbage collection actions.",
        hadMajorGc
            ? List.of(minorGc.point(MINOR_GC, startNanos, timeNanos), majorGc.point(MAJOR_GC, startNanos, timeNanos))
            : List.of(minorGc.point(MINOR_GC, startNanos, timeNanos))));
    List<ScopeMetrics> scopes = new ArrayList<>();
    scopes.add(ScopeMetrics.newBuilder().setScope(Scope.RUNTIME.proto()).addAllMetrics(runtime).build());
    if (poolSize > 0) {
      scopes.add(ScopeMetrics.newBuilder().setScope(Scope.HIKARI.proto())
          .addAllMetrics(pool(startNanos, timeNanos, intervalNanos, random)).build());
    }
    busyNanos = 0;
    databaseNanos = 0;
    requests = 0;
    return scopes;
  }

  private double collectGarbage(RandomGenerator random) {
    double seconds = 0;
    int minor = Poisson.draw(0.2 + requests * GC_PER_REQUEST, random);
    for (int i = 0; i < minor; i++) {
      double pause = 0.006 * Math.exp(0.5 * random.nextGaussian());
      minorGc.record(pause);
      seconds += pause;
    }
    if (random.nextDouble() < MAJOR_GC_PER_INTERVAL) {
      double pause = 0.12 * Math.exp(0.4 * random.nextGaussian());
      majorGc.record(pause);
      hadMajorGc = true;
      seconds += pause;
    }
    return seconds;
  }

  /** Little's law: connections in use at a moment average the database time per unit of time. */
  private List<Metric> pool(long startNanos, long timeNanos, long intervalNanos, RandomGenerator random) {
    int used = Math.min(poolSize, Poisson.draw((double) databaseNanos / intervalNanos, random));
    return List.of(
        MetricProtos.upDownCounter("db.client.connection.count", "{connection}",
            "The number of connections that are currently in state described by the state attribute.",
            count(used, USED, startNanos, timeNanos),
            count(poolSize - used, IDLE, startNanos, timeNanos)),
        MetricProtos.upDownCounter("db.client.connection.max", "{connection}",
            "The maximum number of open connections allowed.",
            count(poolSize, List.of(POOL_NAME), startNanos, timeNanos)));
  }
}
