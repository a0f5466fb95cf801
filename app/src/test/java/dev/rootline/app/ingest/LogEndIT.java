package dev.rootline.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.kafka.EmbeddedBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * The "keeps up" rule against a real broker of its own, on a controlled clock: no partitions, a
 * lag, a lag younger and older than the tolerance, and a broker gone.
 */
class LogEndIT {
  private static final String TOPIC = "log-end";
  private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

  @Test
  void keepsUp_onlyWithPartitionsNoFurtherBehindThanTheToleranceAndTheBrokerAnswering() {
    EmbeddedBroker broker = EmbeddedBroker.start();
    LogEnd logEnd = new LogEnd(Duration.ofSeconds(5), Duration.ofMillis(500));
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(broker.bootstrapServers())) {
      assertThat(logEnd.keepsUp(consumer, 0)).as("no partitions yet").isFalse();

      send(broker.bootstrapServers(), 3);
      consumer.assign(List.of(PARTITION));
      consumer.seekToBeginning(List.of(PARTITION));
      assertThat(logEnd.keepsUp(consumer, 0)).as("three records behind").isFalse();
      await().atMost(Duration.ofSeconds(30)).until(() -> consumer.poll(Duration.ofMillis(100)).isEmpty()
          && consumer.position(PARTITION) == 3);
      assertThat(logEnd.keepsUp(consumer, 1_000)).as("read all").isTrue();

      send(broker.bootstrapServers(), 2);
      assertThat(logEnd.keepsUp(consumer, 2_000)).as("two records behind, written within the tolerance").isTrue();
      assertThat(logEnd.keepsUp(consumer, 8_000)).as("the same two, now older than the tolerance").isFalse();

      broker.close();
      long askedAt = System.nanoTime();
      assertThat(logEnd.keepsUp(consumer, 9_000)).as("broker gone").isFalse();
      assertThat(Duration.ofNanos(System.nanoTime() - askedAt)).isLessThan(Duration.ofSeconds(3));
    } finally {
      broker.close();
    }
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String servers) {
    return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
        ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static void send(String servers, int count) {
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", servers),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < count; i++) {
        producer.send(new ProducerRecord<>(TOPIC, 0, null, new byte[] {(byte) i}));
      }
      producer.flush();
    }
  }
}
