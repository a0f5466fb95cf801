package dev.rootline.simulator.sink;

import com.google.protobuf.Message;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.otlp.OtlpJson;
import dev.rootline.ingest.otlp.RecordKeys;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes telemetry to Kafka as the OpenTelemetry Collector's kafka exporter does with
 * {@code partition_traces_by_id}, {@code partition_metrics_by_resource_attributes} and
 * {@code partition_logs_by_resource_attributes}: spans one record per trace keyed by its id, metrics
 * and logs one record per resource keyed by its attributes ({@link RecordKeys}), in OTLP protobuf
 * or OTLP/JSON; deploy events as JSON keyed by service. Sends are asynchronous; failed sends are counted and logged, not retried.
 */
public final class KafkaTelemetrySink implements TelemetrySink {
  private static final System.Logger LOG = System.getLogger(KafkaTelemetrySink.class.getName());
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final Producer<byte[], byte[]> producer;
  private final Encoding encoding;
  private final Topics topics;
  private final AtomicLong failedSends = new AtomicLong();

  KafkaTelemetrySink(Producer<byte[], byte[]> producer, Encoding encoding, Topics topics) {
    this.producer = producer;
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    this.topics = Objects.requireNonNull(topics, "topics");
  }

  /** A sink with its own producer: acks from the leader, a few milliseconds of batching. */
  public static KafkaTelemetrySink create(String bootstrapServers, Encoding encoding, Topics topics) {
    Map<String, Object> config = Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.ACKS_CONFIG, "1",
        ProducerConfig.LINGER_MS_CONFIG, 5,
        ProducerConfig.CLIENT_ID_CONFIG, "rootline-simulator",
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaTelemetrySink(new KafkaProducer<>(config), encoding, topics);
  }

  @Override
  public void spans(byte[] key, ExportTraceServiceRequest request) {
    send(topics.spans(), key, encode(request));
  }

  @Override
  public void metrics(ExportMetricsServiceRequest request) {
    RecordKeys.byResource(request).forEach(r -> send(topics.metrics(), r.key(), encode(r.request())));
  }

  @Override
  public void logs(ExportLogsServiceRequest request) {
    RecordKeys.byResource(request).forEach(r -> send(topics.logs(), r.key(), encode(r.request())));
  }

  @Override
  public void deploy(DeployEvent event) {
    send(topics.deploys(), event.service().getBytes(StandardCharsets.UTF_8),
        DeployEventJson.write(event).getBytes(StandardCharsets.UTF_8));
  }

  /** How many records Kafka has refused so far. */
  public long failedSends() {
    return failedSends.get();
  }

  @Override
  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close(CLOSE_TIMEOUT);
  }

  private byte[] encode(Message message) {
    return encoding == Encoding.OTLP_PROTO
        ? message.toByteArray()
        : OtlpJson.print(message).getBytes(StandardCharsets.UTF_8);
  }

  private void send(String topic, byte[] key, byte[] value) {
    producer.send(new ProducerRecord<>(topic, key, value), (metadata, error) -> {
      // One line per failure would flood the log while a broker is down: log the first and every 1000th.
      if (error != null && failedSends.incrementAndGet() % 1000 == 1) {
        LOG.log(System.Logger.Level.WARNING,
            "cannot send to " + topic + " (" + failedSends.get() + " failed so far)", error);
      }
    });
  }
}
