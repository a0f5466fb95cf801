package dev.rootline.simulator;

import static dev.rootline.simulator.Effects.at;

import com.google.protobuf.ByteString;
import dev.rootline.simulator.model.Latency;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.model.Topic;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The shop's Kafka: producers append records to partitions by key, and every consumer group works
 * through each partition in order, one record at a time, on the pod the partition is assigned to.
 */
final class Broker {
  private static final Latency SEND = Latency.of(1.2, 0.4);

  private final Map<String, TopicLog> topics = new LinkedHashMap<>();
  private final Conditions conditions;
  private final RandomGenerator random;

  Broker(ShopModel model, Conditions conditions, RandomGenerator random) {
    this.conditions = conditions;
    this.random = random;
    for (Topic topic : model.topics()) {
      List<ConsumerGroup> groups = model.consumers(topic.name()).stream()
          .map(spec -> new ConsumerGroup(spec, topic, random)).toList();
      topics.put(topic.name(), new TopicLog(topic, groups));
    }
  }

  /** The producer span of one record sent by {@code caller}, which every consumer group then receives. */
  Outcome publish(Request request, Pod caller, String topic, ByteString parentId, long start, Ids ids) {
    TopicLog log = topics.get(topic);
    long end = start + SEND.sampleNanos(random);
    String key = request.context().orderId();
    int partition = Math.floorMod(key.hashCode(), log.topic().partitions());
    ByteString spanId = ids.spanId();
    Message message = new Message(topic, partition, log.nextOffset(partition), end, request.traceId(), spanId,
        request.context());
    Span.Builder span = SpanProtos.span(request.traceId(), spanId, parentId, topic + " publish",
        SpanKind.SPAN_KIND_PRODUCER, start, end);
    Semconv.producer(span, topic, partition, message.offset(), key);
    request.add(caller, Scope.KAFKA, span.build());
    for (ConsumerGroup group : log.groups()) {
      group.receive(message, conditions.poison(group.service(), topic, at(end)));
    }
    return new Outcome(end, 0, null);
  }

  /** Processes every record whose turn comes before {@code endNanos}; returns the traces of each attempt. */
  List<Trace> consumeUntil(long endNanos, Fleet fleet, TraceGenerator traces) {
    List<Trace> done = new ArrayList<>();
    for (TopicLog log : topics.values()) {
      for (ConsumerGroup group : log.groups()) {
        group.consumeUntil(endNanos, fleet, traces, conditions, done);
      }
    }
    return done;
  }

  /** The consumer lag of the partitions assigned to {@code pod}, empty when it consumes nothing. */
  List<ScopeMetrics> collect(Pod pod, List<Pod> siblings, long timeNanos) {
    List<ScopeMetrics> scopes = new ArrayList<>();
    for (TopicLog log : topics.values()) {
      for (ConsumerGroup group : log.groups()) {
        if (group.service().equals(pod.identity().service())) {
          scopes.add(group.lag(siblings.indexOf(pod), siblings.size(), pod.startNanos(), timeNanos));
        }
      }
    }
    return scopes;
  }

  /** A topic's partitions and the groups consuming it. */
  private record TopicLog(Topic topic, long[] offsets, List<ConsumerGroup> groups) {
    TopicLog(Topic topic, List<ConsumerGroup> groups) {
      this(topic, new long[topic.partitions()], groups);
    }

    long nextOffset(int partition) {
      return offsets[partition]++;
    }
  }
}
