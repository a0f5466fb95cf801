package dev.rootline.app.bench;

import dev.rootline.app.k8s.Dockerfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rootline beside a peer, in one run: a broker in a child JVM, two topics filled with the same
 * spans (OTLP protobuf for Rootline, Zipkin proto3 for Zipkin), then Rootline's packaged jar and
 * after it the Zipkin server, each alone in a child JVM, each consuming its topic from the earliest
 * offset while its own span counter is polled. Prints a table and writes JSON (docs/benchmarks.md).
 */
public final class PeerBenchmark {
  static final String OTLP_TOPIC = "bench.otlp_spans";
  static final String ZIPKIN_TOPIC = "bench.zipkin";
  static final long WINDOW_MILLIS = 10_000;
  /** The longest grace (rootline.ingest.grace); the one in use is learned below it (ADR 019). */
  static final long GRACE_MILLIS = 5_000;
  private static final String CLOSE_DELAY = "rootline_windows_close_delay_seconds";

  private PeerBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (Arrays.asList(args).contains("--help")) {
      System.out.println("./rootline bench-peer [options]\n" + BenchArgs.USAGE);
      return;
    }
    BenchArgs options = BenchArgs.parse(args);
    Path work = Files.createTempDirectory("rootline-bench");
    BenchReport report = new BenchReport(options);
    try (ChildJvm broker = startBroker(work, options.out())) {
      String bootstrap = bootstrap(broker);
      Prefill.createTopics(bootstrap, options.partitions(), OTLP_TOPIC, ZIPKIN_TOPIC);
      long now = System.currentTimeMillis();
      // Event times: two minutes of traffic ending half a minute ago, so a replay closes 12 windows.
      System.out.printf("filling %s and %s with %,d spans each…%n", OTLP_TOPIC, ZIPKIN_TOPIC, options.spans());
      report.filled(Prefill.fill(bootstrap, OTLP_TOPIC, ZIPKIN_TOPIC, options.spans(), now - 150_000, now - 30_000));
      report.rootline(runRootline(options, bootstrap, work, report));
      if (options.zipkin()) {
        report.zipkin(runZipkin(options, bootstrap, work));
      }
      report.brokerPeakRss(broker.peakRssBytes());
    } finally {
      deleteTree(work); // Rootline's H2 file and state stores; the broker deletes its own logs
    }
    report.print(System.out);
    Path json = options.out().resolve("peer-benchmark.json");
    report.writeJson(json);
    System.out.println("written: " + json.toAbsolutePath());
  }

  private static Consumption.Result runRootline(BenchArgs o, String bootstrap, Path work, BenchReport report)
      throws Exception {
    int port = freePort();
    // The JVM as the container image starts it (its JAVA_TOOL_OPTIONS), with the heap given here in
    // place of the image's share of the container's memory.
    Map<String, String> env = Map.of("JAVA_TOOL_OPTIONS", Dockerfile.atRoot().env("JAVA_TOOL_OPTIONS"));
    List<String> jvm = new ArrayList<>(List.of("-Xms" + o.rootlineHeap(), "-Xmx" + o.rootlineHeap(),
        "-Dkafka.bootstrap.servers=" + bootstrap, "-Dquarkus.http.port=" + port,
        "-Drootline.topics.spans=" + OTLP_TOPIC, "-Drootline.kafka.group-id=bench-" + System.currentTimeMillis(),
        "-Dmp.messaging.incoming.spans.partitions=" + o.consumers()));
    if (!o.rootlineJvmOptions().isBlank()) {
      jvm.addAll(o.rootlineJvmOptions().lines().toList());
    }
    jvm.addAll(List.of("-jar", o.rootlineJar().toAbsolutePath().toString(), "serve"));
    Path dir = Files.createDirectories(work.resolve("rootline"));
    System.out.printf("Rootline (%s) consuming %s…%n", o.rootlineHeap(), OTLP_TOPIC);
    try (ChildJvm rootline = ChildJvm.start("rootline", dir, o.out().resolve("logs"), env, jvm)) {
      String url = "http://localhost:" + port;
      Prometheus metrics = new Prometheus(url + "/q/metrics");
      Consumption.Result result = Consumption.measure(rootline, metrics, "rootline_ingest_spans_total", "",
          o.spans(), 60, "jvm_memory_used_bytes");
      check(result, rootline);
      String text = metrics.scrape();
      report.rcaUnread(text == null ? Double.NaN
          : Prometheus.sum(text, "rootline_rca_spans_unread_total", "") / result.spans());
      if (o.liveRate() > 0) {
        report.live(live(o, bootstrap, url, metrics));
      }
      report.rootlinePeakRss(rootline.peakRssBytes());
      return result;
    }
  }

  private static BenchReport.Live live(BenchArgs o, String bootstrap, String url, Prometheus metrics)
      throws InterruptedException {
    // Let the replay's windows close first, so the histogram's difference holds live windows only.
    long deadline = System.currentTimeMillis() + 60_000;
    String text = metrics.scrape();
    while (System.currentTimeMillis() < deadline
        && (text == null || Prometheus.sum(text, "rootline_windows_open", "") > 0)) {
      Thread.sleep(500); // polling interval
      text = metrics.scrape();
    }
    TreeMap<Double, Double> before = Prometheus.buckets(text == null ? "" : text, CLOSE_DELAY);
    System.out.printf("live phase: %,d spans/s for %d s…%n", o.liveRate(), o.liveSeconds());
    LivePhase.Result result = LivePhase.run(bootstrap, OTLP_TOPIC, url, o.liveRate(), o.liveSeconds(),
        WINDOW_MILLIS, GRACE_MILLIS);
    String after = metrics.scrape();
    TreeMap<Double, Double> afterBuckets = Prometheus.buckets(after == null ? "" : after, CLOSE_DELAY);
    return new BenchReport.Live(result, Percentiles.count(before, afterBuckets),
        Percentiles.fromBuckets(before, afterBuckets, 0.5), Percentiles.fromBuckets(before, afterBuckets, 0.99),
        Prometheus.sum(after == null ? "" : after, "rootline_windows_grace_seconds", ""));
  }

  private static Consumption.Result runZipkin(BenchArgs o, String bootstrap, Path work) throws Exception {
    int port = freePort();
    Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "KAFKA_TOPIC", ZIPKIN_TOPIC,
        "KAFKA_GROUP_ID", "bench-" + System.currentTimeMillis(), "KAFKA_STREAMS", Integer.toString(o.consumers()),
        "STORAGE_TYPE", "mem", "MEM_MAX_SPANS", Integer.toString(o.zipkinMemSpans()), "QUERY_PORT",
        Integer.toString(port));
    List<String> jvm = new ArrayList<>(List.of("-Xmx" + o.zipkinHeap(),
        "-Dzipkin.collector.kafka.overrides.auto.offset.reset=earliest"));
    if (!o.zipkinJvmOptions().isBlank()) {
      jvm.addAll(o.zipkinJvmOptions().lines().toList());
    }
    jvm.addAll(List.of("-jar", o.zipkinJar().toAbsolutePath().toString()));
    Path dir = Files.createDirectories(work.resolve("zipkin"));
    System.out.printf("Zipkin (%s) consuming %s…%n", o.zipkinHeap(), ZIPKIN_TOPIC);
    try (ChildJvm zipkin = ChildJvm.start("zipkin", dir, o.out().resolve("logs"), env, jvm)) {
      Prometheus metrics = new Prometheus("http://localhost:" + port + "/prometheus");
      Consumption.Result result = Consumption.measure(zipkin, metrics, "zipkin_collector_spans_total",
          "transport=\"kafka\"", o.spans(), 60, "jvm_memory_used_bytes");
      check(result, zipkin);
      return result;
    }
  }

  private static void check(Consumption.Result result, ChildJvm process) {
    if (!result.complete()) {
      System.out.printf("WARNING: %s counted %,d spans, not all; its log ends:%n%s%n", process, result.spans(),
          process.tail());
    }
  }

  private static ChildJvm startBroker(Path work, Path out) throws IOException {
    List<String> jvm = List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), BrokerMain.class.getName());
    return ChildJvm.start("broker", Files.createDirectories(work.resolve("broker")), out.resolve("logs"), Map.of(),
        jvm);
  }

  private static String bootstrap(ChildJvm broker) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline && broker.alive()) {
      if (Files.exists(broker.log())) {
        for (String line : Files.readAllLines(broker.log())) {
          if (line.startsWith("BOOTSTRAP ")) {
            return line.substring("BOOTSTRAP ".length()).trim();
          }
        }
      }
      Thread.sleep(200); // polling interval
    }
    throw new IllegalStateException("the broker did not start; its log ends:\n" + broker.tail());
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
