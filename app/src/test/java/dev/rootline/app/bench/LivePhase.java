package dev.rootline.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Live traffic at a steady rate, each span ending at the moment it is written, while a watcher
 * polls Rootline's {@code /api/series} for the moment each window of that traffic closes. The
 * end-to-end latency of a span is the time from its write to its window's closing, as seen by the
 * watcher (within its polling interval).
 */
final class LivePhase {
  static final String PREFIX = "live-";
  private static final long WATCH_MILLIS = 50;
  private static final Pattern WINDOW_START = Pattern.compile("\"windowStart\"\\s*:\\s*\"([^\"]+)\"");

  private LivePhase() {}

  /** Latency from write to window close over {@code spans} spans; {@code unclosed} never saw their window close. */
  record Result(long spans, double p50Millis, double p99Millis, double maxMillis, long unclosed, int windows,
      double closeAfterEndP50Millis, double closeAfterEndMaxMillis) {}

  static Result run(String bootstrap, String topic, String rootlineUrl, int spansPerSecond, int seconds,
      long windowMillis, long graceMillis) throws InterruptedException {
    Map<Long, Long> closedAt = new ConcurrentHashMap<>();
    Thread watcher = new Thread(() -> watch(rootlineUrl, windowMillis, closedAt), "window-watcher");
    watcher.setDaemon(true);
    watcher.start();
    int capacity = spansPerSecond * seconds + 1_000;
    long[] written = new long[capacity];
    long[] window = new long[capacity];
    int n = 0;
    TraceTraffic traffic = new TraceTraffic(PREFIX, 11);
    OtlpEncoding otlp = new OtlpEncoding(traffic.services());
    long start = System.currentTimeMillis();
    long end = start + seconds * 1000L;
    try (KafkaProducer<byte[], byte[]> producer = Prefill.producer(bootstrap)) {
      for (long now = start; now < end; now = System.currentTimeMillis()) {
        long due = (now - start) * spansPerSecond / 1000;
        while (n + TraceTraffic.SPANS_PER_TRACE <= Math.min(due, capacity)) {
          List<BenchSpan> trace = traffic.next(now * 1_000_000);
          producer.send(new ProducerRecord<>(topic, trace.get(0).traceId(), otlp.encode(trace)));
          for (BenchSpan span : trace) {
            long endMillis = span.endNanos() / 1_000_000;
            written[n] = now;
            window[n++] = Math.floorDiv(endMillis, windowMillis) * windowMillis;
          }
        }
        Thread.sleep(5); // pacing of the producer
      }
    }
    long lastWindow = n == 0 ? 0 : window[n - 1];
    long deadline = lastWindow + windowMillis + graceMillis + 30_000;
    while (!closedAt.containsKey(lastWindow) && System.currentTimeMillis() < deadline) {
      Thread.sleep(WATCH_MILLIS);
    }
    watcher.interrupt();
    return result(written, window, n, closedAt, windowMillis);
  }

  private static Result result(long[] written, long[] window, int n, Map<Long, Long> closedAt, long windowMillis) {
    long[] latency = new long[n];
    int measured = 0;
    for (int i = 0; i < n; i++) {
      Long closed = closedAt.get(window[i]);
      if (closed != null) {
        latency[measured++] = closed - written[i];
      }
    }
    long[] afterEnd = closedAt.entrySet().stream()
        .filter(e -> e.getKey() >= window[0] && e.getKey() <= window[Math.max(0, n - 1)])
        .mapToLong(e -> e.getValue() - (e.getKey() + windowMillis)).toArray();
    double max = measured == 0 ? Double.NaN : Percentiles.of(latency, measured, 1.0);
    return new Result(n, Percentiles.of(latency, measured, 0.5), Percentiles.of(latency, measured, 0.99), max,
        n - measured, afterEnd.length, Percentiles.of(afterEnd, afterEnd.length, 0.5),
        Percentiles.of(afterEnd, afterEnd.length, 1.0));
  }

  /** Records when each window start first appears as the latest closed window of the live gateway. */
  private static void watch(String rootlineUrl, long windowMillis, Map<Long, Long> closedAt) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(rootlineUrl + "/api/series?service=" + PREFIX + "gateway"))
        .timeout(Duration.ofSeconds(5)).build();
    long latest = Long.MIN_VALUE;
    while (!Thread.currentThread().isInterrupted()) {
      try {
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        long now = System.currentTimeMillis();
        Matcher m = WINDOW_START.matcher(body);
        while (m.find()) {
          long start = Instant.parse(m.group(1)).toEpochMilli();
          if (start > latest) {
            // Windows close in order: any skipped between two polls closed by now as well.
            for (long w = latest == Long.MIN_VALUE ? start : latest + windowMillis; w <= start; w += windowMillis) {
              closedAt.putIfAbsent(w, now);
            }
            latest = start;
          }
        }
      } catch (IOException e) {
        // Rootline busy: try again at the next poll.
      } catch (InterruptedException e) {
        return;
      }
      try {
        Thread.sleep(WATCH_MILLIS); // the polling interval
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
