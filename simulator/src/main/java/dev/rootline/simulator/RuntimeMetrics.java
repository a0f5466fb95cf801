package dev.rootline.simulator;

import static dev.rootline.simulator.MetricProtos.count;
import static dev.rootline.simulator.MetricProtos.number;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A pod's process and JVM metrics: CPU and memory follow the work it did in the interval, garbage
 * collections follow its allocations, and a {@link Strain} adds CPU, leaked memory and GC pressure
 * (a fuller heap collects more often and pauses longer).
 */
final class RuntimeMetrics {
  private static final double[] GC_BOUNDS = {0.01, 0.1, 1, 10};
  private static final List<KeyValue> MINOR_GC = List.of(
      Attributes.string("jvm.gc.name", "G1 Young Generation"), Attributes.string("jvm.gc.action", "end of minor GC"));
  private static final List<KeyValue> MAJOR_GC = List.of(
      Attributes.string("jvm.gc.name", "G1 Old Generation"), Attributes.string("jvm.gc.action", "end of major GC"));
  private static final double GC_PER_REQUEST = 0.004;
  private static final double MINOR_GC_PER_SECOND = 0.02;
  private static final double MAJOR_GC_PER_SECOND = 0.0002;
  /** Major collections per second when the heap is full. */
  private static final double MAJOR_GC_PER_SECOND_FULL = 0.2;
  private static final double CPU_SHARE_OF_BUSY_TIME = 0.6;
  private static final long YOUNG_GEN_BYTES = 96L << 20;

  private final long baseMemoryBytes;
  private final CumulativeHistogram minorGc = new CumulativeHistogram(GC_BOUNDS);
  private final CumulativeHistogram majorGc = new CumulativeHistogram(GC_BOUNDS);
  private boolean hadMajorGc;
  private long busyNanos;
  private long requests;

  RuntimeMetrics(long baseMemoryBytes) {
    this.baseMemoryBytes = baseMemoryBytes;
  }

  /** Counts a request the pod served, with the time it spent working on it itself. */
  void served(long selfNanos) {
    busyNanos += selfNanos;
    requests++;
  }

  /** The interval's runtime metrics; starts the next interval. */
  List<Metric> collect(long startNanos, long timeNanos, long intervalNanos, Strain strain, RandomGenerator random) {
    double seconds = intervalNanos / 1e9;
    double gcSeconds = collectGarbage(seconds, strain.gcPressure(), random);
    double cpu = 0.02 + strain.cpu() + CPU_SHARE_OF_BUSY_TIME * busyNanos / intervalNanos
        + gcSeconds / seconds + 0.004 * random.nextGaussian();
    double warmup = 1 - Math.exp(-(timeNanos - startNanos) / 1.8e12);
    long memory = baseMemoryBytes + (long) (warmup * (80L << 20)) + strain.leakedBytes()
        + (long) (random.nextDouble() * YOUNG_GEN_BYTES);
    busyNanos = 0;
    requests = 0;
    return List.of(
        MetricProtos.gauge("process.cpu.utilization", "1",
            "Difference in process.cpu.time since the last measurement, divided by the elapsed time and"
                + " number of CPUs available to the process.",
            number(Math.min(1, Math.max(0.001, cpu)), List.of(), startNanos, timeNanos)),
        MetricProtos.upDownCounter("process.memory.usage", "By", "The amount of physical memory in use.",
            count(memory, List.of(), startNanos, timeNanos)),
        MetricProtos.histogram("jvm.gc.duration", "s", "Duration of JVM garbage collection actions.",
            hadMajorGc
                ? List.of(minorGc.point(MINOR_GC, startNanos, timeNanos), majorGc.point(MAJOR_GC, startNanos, timeNanos))
                : List.of(minorGc.point(MINOR_GC, startNanos, timeNanos))));
  }

  private double collectGarbage(double seconds, double pressure, RandomGenerator random) {
    double total = 0;
    int minor = Poisson.draw((MINOR_GC_PER_SECOND * seconds + requests * GC_PER_REQUEST) * (1 + 3 * pressure), random);
    for (int i = 0; i < minor; i++) {
      double pause = 0.006 * Math.exp(0.5 * random.nextGaussian()) * (1 + 2 * pressure);
      minorGc.record(pause);
      total += pause;
    }
    double majorRate = MAJOR_GC_PER_SECOND + MAJOR_GC_PER_SECOND_FULL * pressure * pressure;
    int major = Poisson.draw(majorRate * seconds, random);
    for (int i = 0; i < major; i++) {
      double pause = 0.12 * Math.exp(0.4 * random.nextGaussian()) * (1 + 6 * pressure);
      majorGc.record(pause);
      hadMajorGc = true;
      total += pause;
    }
    return Math.min(total, seconds);
  }
}
