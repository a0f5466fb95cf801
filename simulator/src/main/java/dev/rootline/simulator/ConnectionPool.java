package dev.rootline.simulator;

import static dev.rootline.simulator.MetricProtos.count;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import java.util.ArrayDeque;
import java.util.List;

/**
 * A pod's HikariCP connection pool: a query takes the connection that frees first, waits for it if
 * all are busy, and fails once it has waited the connection timeout. Connections held outside
 * requests ({@link Strain#heldConnections()}) are out of reach, so waits grow with concurrency.
 */
final class ConnectionPool {
  static final long TIMEOUT_MILLIS = 5_000;
  private static final long TIMEOUT_NANOS = TIMEOUT_MILLIS * 1_000_000;
  private static final double[] WAIT_BOUNDS = {0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10};
  private static final KeyValue POOL_NAME = Attributes.string("db.client.connection.pool.name", "HikariPool-1");
  private static final List<KeyValue> NAME = List.of(POOL_NAME);
  private static final List<KeyValue> USED =
      List.of(POOL_NAME, Attributes.string("db.client.connection.state", "used"));
  private static final List<KeyValue> IDLE =
      List.of(POOL_NAME, Attributes.string("db.client.connection.state", "idle"));

  private final int size;
  private final long[] busyFrom;
  private final long[] busyUntil;
  /** Start and end of each wait that may still be in progress, in about the order they began. */
  private final ArrayDeque<long[]> waits = new ArrayDeque<>();
  private final CumulativeHistogram waitTime = new CumulativeHistogram(WAIT_BOUNDS);
  private long timeouts;

  ConnectionPool(int size) {
    this.size = size;
    this.busyFrom = new long[size];
    this.busyUntil = new long[size];
  }

  /**
   * Leases a connection at {@code atNanos} for {@code holdNanos} while {@code held} connections are
   * out of reach; returns how long the query waited for it, or -1 when it timed out.
   */
  long lease(long atNanos, long holdNanos, int held) {
    int best = -1;
    for (int i = Math.min(held, size); i < size; i++) {
      if (best < 0 || busyUntil[i] < busyUntil[best]) {
        best = i;
      }
    }
    long wait = best < 0 ? Long.MAX_VALUE : Math.max(0, busyUntil[best] - atNanos);
    if (wait > TIMEOUT_NANOS) {
      timeouts++;
      waited(atNanos, TIMEOUT_NANOS);
      return -1;
    }
    busyFrom[best] = atNanos + wait;
    busyUntil[best] = atNanos + wait + holdNanos;
    waited(atNanos, wait);
    return wait;
  }

  /** The pool's metrics at {@code timeNanos}, as the HikariCP instrumentation exports them. */
  List<Metric> collect(long startNanos, long timeNanos, int held) {
    int used = Math.min(size, held + busyAt(timeNanos, Math.min(held, size)));
    while (!waits.isEmpty() && waits.peekFirst()[1] <= timeNanos) {
      waits.pollFirst();
    }
    long pending = waits.stream().filter(w -> w[0] <= timeNanos && timeNanos < w[1]).count();
    return List.of(
        MetricProtos.upDownCounter("db.client.connection.count", "{connection}",
            "The number of connections that are currently in state described by the state attribute.",
            count(used, USED, startNanos, timeNanos), count(size - used, IDLE, startNanos, timeNanos)),
        MetricProtos.upDownCounter("db.client.connection.max", "{connection}",
            "The maximum number of open connections allowed.", count(size, NAME, startNanos, timeNanos)),
        MetricProtos.upDownCounter("db.client.connection.pending_requests", "{request}",
            "The number of current pending requests for an open connection.",
            count(pending, NAME, startNanos, timeNanos)),
        MetricProtos.counter("db.client.connection.timeouts", "{timeout}",
            "The number of connection timeouts that have occurred trying to obtain a connection from the pool.",
            count(timeouts, NAME, startNanos, timeNanos)),
        MetricProtos.histogram("db.client.connection.wait_time", "s",
            "The time it took to obtain an open connection from the pool.",
            List.of(waitTime.point(NAME, startNanos, timeNanos))));
  }

  private int busyAt(long timeNanos, int from) {
    int busy = 0;
    for (int i = from; i < size; i++) {
      if (busyFrom[i] <= timeNanos && timeNanos < busyUntil[i]) {
        busy++;
      }
    }
    return busy;
  }

  private void waited(long atNanos, long waitNanos) {
    waitTime.record(waitNanos / 1e9);
    if (waitNanos > 0) {
      waits.addLast(new long[] {atNanos, atNanos + waitNanos});
    }
  }
}
