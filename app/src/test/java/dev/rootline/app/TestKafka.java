package dev.rootline.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Plain Kafka clients against the tests' embedded broker. */
public final class TestKafka {
  private static KafkaProducer<byte[], byte[]> producer; // one for the test JVM, like the broker

  private TestKafka() {}

  /** Writes one record and waits until the broker has it. */
  public static void send(String topic, byte[] key, byte[] value) {
    send(topic, key, value, null);
  }

  /** Writes one record with the given timestamp (null: now) and waits until the broker has it. */
  public static void send(String topic, byte[] key, byte[] value, Long timestampMillis) {
    try {
      producer().send(new ProducerRecord<>(topic, null, timestampMillis, key, value)).get();
    } catch (Exception e) {
      throw new AssertionError("cannot write to " + topic, e);
    }
  }

  /**
   * Writes the records without waiting between them, then waits until the broker has them all: they
   * reach a consumer in few, large polls. Returns where each landed.
   */
  public static List<RecordMetadata> sendAll(List<ProducerRecord<byte[], byte[]>> records) {
    try {
      List<java.util.concurrent.Future<RecordMetadata>> sent = new ArrayList<>(records.size());
      for (ProducerRecord<byte[], byte[]> record : records) {
        sent.add(producer().send(record));
      }
      producer().flush();
      List<RecordMetadata> landed = new ArrayList<>(sent.size());
      for (java.util.concurrent.Future<RecordMetadata> one : sent) {
        landed.add(one.get());
      }
      return landed;
    } catch (Exception e) {
      throw new AssertionError("cannot write " + records.size() + " records", e);
    }
  }

  private static synchronized KafkaProducer<byte[], byte[]> producer() {
    if (producer == null) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers());
      producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }
    return producer;
  }

  /**
   * Reads {@code topic} from the beginning until {@code count} records match, or fails after
   * {@code timeout}.
   */
  public static List<ConsumerRecord<byte[], byte[]>> await(String topic, int count, Duration timeout,
      java.util.function.Predicate<ConsumerRecord<byte[], byte[]>> matching) {
    Map<String, Object> props = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (found.size() < count && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
          if (matching.test(r)) {
            found.add(r);
          }
        });
      }
    }
    if (found.size() < count) {
      throw new AssertionError("expected " + count + " matching records on " + topic + " within "
          + timeout + ", found " + found.size());
    }
    return found;
  }

  public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
