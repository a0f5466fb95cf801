package dev.rootline.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.ingest.LogEnd.Progress;
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
 * lag, a probe stuck behind the consumer's own fetch, a lag younger and older than the tolerance,
 * and a broker gone.
 */
class LogEndIT {
  private static final String TOPIC = "log-end";
  private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

  @Test
  void progress_keepsUpOnlyWithPartitionsNoFurtherBehindThanTheTolerance_andNoAnswerKeepsTheReference() {
    EmbeddedBroker broker = EmbeddedBroker.start();
    LogEnd logEnd = new LogEnd(Duration.ofSeconds(5), Duration.ofMillis(500));
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(broker.bootstrapServers())) {
      assertThat(logEnd.progress(consumer, 0)).as("no partitions yet").isEqualTo(Progress.BEHIND);

      send(broker.bootstrapServers(), 3);
      consumer.assign(List.of(PARTITION));
      consumer.seekToBeginning(List.of(PARTITION));
      assertThat(logEnd.progress(consumer, 0)).as("three records behind").isEqualTo(Progress.BEHIND);
      consumer.seek(PARTITION, 3); // as if read: a poll would leave a fetch at the broker (below)
      assertThat(logEnd.progress(consumer, 1_000)).as("read all").isEqualTo(Progress.KEEPS_UP);

      // The poll leaves a fetch waiting at the broker for data (fetch.max.wait.ms); the request
      // for end offsets queues behind it, past the probe's timeout: as for a live consumer.
      assertThat(consumer.poll(Duration.ofMillis(100))).isEmpty();
      assertThat(logEnd.progress(consumer, 1_500)).as("fetch in the way").isEqualTo(Progress.NO_ANSWER);

      send(broker.bootstrapServers(), 2);
      assertThat(logEnd.progress(consumer, 2_000)).as("two records behind, written within the tolerance")
          .isEqualTo(Progress.KEEPS_UP);
      assertThat(logEnd.progress(consumer, 8_000)).as("the same two, now older than the tolerance")
          .isEqualTo(Progress.BEHIND);

      broker.close();
      long askedAt = System.nanoTime();
      assertThat(logEnd.progress(consumer, 9_000)).as("broker gone").isEqualTo(Progress.NO_ANSWER);
      assertThat(Duration.ofNanos(System.nanoTime() - askedAt)).isLessThan(Duration.ofSeconds(3));
    } finally {
      broker.close();
    }
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String servers) {
    return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
        ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 3_000),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
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
