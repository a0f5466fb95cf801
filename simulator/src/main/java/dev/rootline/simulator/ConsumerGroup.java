package dev.rootline.simulator;

import static dev.rootline.simulator.Effects.at;

import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.Failure;
import dev.rootline.simulator.model.Latency;
import dev.rootline.simulator.model.Protocol;
import dev.rootline.simulator.model.ServiceSpec;
import dev.rootline.simulator.model.Topic;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One service consuming one topic: partition {@code p} goes to its pod {@code p mod pods}, which
 * processes the partition's records in order. A record that fails is retried after a back-off and
 * holds up everything behind it, so a poison record shows as repeated failures and a growing lag.
 */
final class ConsumerGroup {
  /** From the send returning to the consumer's poll handing the record over. */
  private static final Latency POLL = Latency.of(8, 0.6);
  private static final long RETRY_BACKOFF_NANOS = 2_000_000_000L;

  private record Pending(Message message, long availableNanos) {}

  private final ServiceSpec spec;
  private final Topic topic;
  private final Endpoint endpoint;
  private final RandomGenerator random;
  private final List<ArrayDeque<Pending>> partitions = new ArrayList<>();
  private final long[] freeAt;
  private Message poisonMessage;
  private boolean poisonPublished;

  ConsumerGroup(ServiceSpec spec, Topic topic, RandomGenerator random) {
    this.spec = spec;
    this.topic = topic;
    this.endpoint = spec.endpoints().stream()
        .filter(e -> e.protocol() == Protocol.MESSAGING && e.route().equals(topic.name())).findFirst().orElseThrow();
    this.random = random;
    this.freeAt = new long[topic.partitions()];
    for (int i = 0; i < topic.partitions(); i++) {
      partitions.add(new ArrayDeque<>());
    }
  }

  String service() {
    return spec.name();
  }

  /** Takes a published record; the first one published while {@code poison} is set is poison to this group. */
  void receive(Message message, Failure poison) {
    if (poison == null) {
      poisonPublished = false;
    } else if (!poisonPublished) {
      poisonPublished = true;
      poisonMessage = message;
    }
    long available = message.publishedNanos() + POLL.sampleNanos(random);
    partitions.get(message.partition()).addLast(new Pending(message, available));
  }

  void consumeUntil(long endNanos, Fleet fleet, TraceGenerator traces, Conditions conditions, List<Trace> done) {
    List<Pod> pods = fleet.pods(spec.name());
    for (int p = 0; p < partitions.size(); p++) {
      ArrayDeque<Pending> queue = partitions.get(p);
      while (!queue.isEmpty()) {
        Pending next = queue.peekFirst();
        long start = Math.max(next.availableNanos(), freeAt[p]);
        if (start >= endNanos) {
          break;
        }
        Failure poison = next.message() == poisonMessage
            ? conditions.poison(spec.name(), topic.name(), at(start)) : null;
        Trace trace = traces.consume(pods.get(p % pods.size()), endpoint, new Delivery(next.message(), poison), start);
        done.add(trace);
        if (poison != null) {
          freeAt[p] = trace.endNanos() + RETRY_BACKOFF_NANOS;
          continue;
        }
        if (next.message() == poisonMessage) {
          poisonMessage = null;
        }
        queue.pollFirst();
        freeAt[p] = trace.endNanos();
      }
    }
  }

  /** {@code kafka.consumer.records_lag} of the partitions the pod at {@code podIndex} of {@code pods} holds. */
  ScopeMetrics lag(int podIndex, int pods, long startNanos, long timeNanos) {
    List<NumberDataPoint> points = new ArrayList<>();
    for (int p = 0; p < partitions.size(); p++) {
      if (p % pods == podIndex) {
        long lag = partitions.get(p).stream().filter(m -> m.message().publishedNanos() <= timeNanos).count();
        points.add(MetricProtos.number(lag, List.of(Attributes.string("client-id", "consumer-" + spec.name() + "-1"),
            Attributes.string("topic", topic.name()), Attributes.string("partition", Integer.toString(p))),
            startNanos, timeNanos));
      }
    }
    return ScopeMetrics.newBuilder().setScope(Scope.KAFKA_METRICS.proto())
        .addMetrics(MetricProtos.gauge("kafka.consumer.records_lag", "{record}",
            "The latest lag of the partition", points.toArray(NumberDataPoint[]::new)))
        .build();
  }
}
