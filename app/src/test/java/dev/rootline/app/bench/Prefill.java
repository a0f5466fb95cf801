package dev.rootline.app.bench;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Fills the two benchmark topics with the same traces, keyed by trace id as the Collector's
 * {@code partition_traces_by_id} does, so both topics split the traces over partitions alike.
 */
final class Prefill {
  private Prefill() {}

  /** Creates {@code topics} with {@code partitions} each, kept without a time or size limit. */
  static void createTopics(String bootstrap, int partitions, String... topics) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      Map<String, String> config = Map.of("retention.ms", "-1", "retention.bytes", "-1",
          "segment.bytes", String.valueOf(512 << 20));
      admin.createTopics(java.util.Arrays.stream(topics)
          .map(t -> new NewTopic(t, partitions, (short) 1).configs(config)).toList()).all().get();
    }
  }

  static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "1");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(512 << 10));
    p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(128L << 20));
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(16 << 20));
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** What the fill wrote. */
  record Filled(long traces, long spans, long otlpBytes, long zipkinBytes, long millis) {}

  /**
   * Writes {@code spans} spans (rounded up to whole traces) to both topics, the root spans' end
   * times spread evenly over {@code [fromMillis, toMillis)}.
   */
  static Filled fill(String bootstrap, String otlpTopic, String zipkinTopic, long spans, long fromMillis,
      long toMillis) throws InterruptedException, ExecutionException {
    TraceTraffic traffic = new TraceTraffic("", 7);
    OtlpEncoding otlp = new OtlpEncoding(traffic.services());
    ZipkinEncoding zipkin = new ZipkinEncoding(traffic.services());
    long traces = (spans + TraceTraffic.SPANS_PER_TRACE - 1) / TraceTraffic.SPANS_PER_TRACE;
    long otlpBytes = 0;
    long zipkinBytes = 0;
    long written = 0;
    long started = System.currentTimeMillis();
    AtomicLong failures = new AtomicLong();
    try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
      for (long t = 0; t < traces; t++) {
        long endMillis = fromMillis + (toMillis - fromMillis) * t / traces;
        List<BenchSpan> trace = traffic.next(endMillis * 1_000_000);
        byte[] key = trace.get(0).traceId();
        byte[] a = otlp.encode(trace);
        byte[] b = zipkin.encode(trace);
        producer.send(new ProducerRecord<>(otlpTopic, key, a), (meta, e) -> count(failures, e));
        producer.send(new ProducerRecord<>(zipkinTopic, key, b), (meta, e) -> count(failures, e));
        otlpBytes += a.length;
        zipkinBytes += b.length;
        written += trace.size();
        if (t % 100_000 == 0 && t > 0) {
          System.out.printf("  filled %,d of %,d traces%n", t, traces);
        }
      }
      producer.flush();
    }
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " records could not be written; the figures would be wrong");
    }
    return new Filled(traces, written, otlpBytes, zipkinBytes, System.currentTimeMillis() - started);
  }

  private static void count(AtomicLong failures, Exception e) {
    if (e != null) {
      failures.incrementAndGet();
    }
  }
}
