package dev.rootline.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one benchmark run, as a table for people and JSON for machines. */
final class BenchReport {
  /**
   * The live phase: write-to-close latency seen from outside, Rootline's own close-delay histogram,
   * and the span windows' grace in use at its end (learned, ADR 019).
   */
  record Live(LivePhase.Result watched, double histogramWindows, double closeDelayP50Seconds,
      double closeDelayP99Seconds, double graceSeconds) {}

  private final BenchArgs options;
  private final int cores = Runtime.getRuntime().availableProcessors();
  private final String loadBefore = loadAverage();
  private final Instant started = Instant.now();
  private Prefill.Filled filled;
  private Consumption.Result rootline;
  private Consumption.Result zipkin;
  private Live live;
  private long rootlineRss = -1;
  private double rcaUnread = Double.NaN;
  private long brokerRss = -1;

  BenchReport(BenchArgs options) {
    this.options = options;
  }

  void filled(Prefill.Filled value) {
    this.filled = value;
    System.out.printf("  %,d spans in %,d traces: %.0f B/span OTLP, %.0f B/span Zipkin proto3, %.1f s%n",
        value.spans(), value.traces(), (double) value.otlpBytes() / value.spans(),
        (double) value.zipkinBytes() / value.spans(), value.millis() / 1000.0);
  }

  void rootline(Consumption.Result value) {
    this.rootline = value;
  }

  void zipkin(Consumption.Result value) {
    this.zipkin = value;
  }

  void live(Live value) {
    this.live = value;
  }

  /** The share of the replay's spans whose trace RCA left unread above its trace budget (ADR 024). */
  void rcaUnread(double share) {
    this.rcaUnread = share;
  }

  void rootlinePeakRss(long bytes) {
    this.rootlineRss = bytes;
  }

  void brokerPeakRss(long bytes) {
    this.brokerRss = bytes;
  }

  void print(PrintStream out) {
    out.printf("%nRootline beside Zipkin, %,d spans, %d partitions, %d consumer(s) each, %d cores, load %s -> %s%n",
        filled.spans(), options.partitions(), options.consumers(), cores, loadBefore, loadAverage());
    out.println("| consumer | spans counted | seconds | spans/s | spans/s per core | spans per CPU-second "
        + "| 2nd half: spans/s | 2nd half: spans per CPU-second | peak RSS MB | peak heap used MB |");
    out.println("|---|---|---|---|---|---|---|---|---|---|");
    row(out, "Rootline (-Xmx" + options.rootlineHeap() + ")", rootline);
    out.printf("  RCA read the traces of %.0f %% of the replay's spans (the rest above its trace budget, ADR 024)%n",
        100 * (1 - rcaUnread));
    if (zipkin != null) {
      row(out, "Zipkin 3.5.1 (-Xmx" + options.zipkinHeap() + ", mem " + options.zipkinMemSpans() + ")", zipkin);
      out.printf("ratio Rootline / Zipkin: %.2f× (spans/s), %.2f× (spans per CPU-second); second half: %.2f×, %.2f×%n",
          rootline.spansPerSecond() / zipkin.spansPerSecond(), rootline.spansPerCpuSecond() / zipkin.spansPerCpuSecond(),
          rootline.secondHalf().spansPerSecond() / zipkin.secondHalf().spansPerSecond(),
          rootline.secondHalf().spansPerCpuSecond() / zipkin.secondHalf().spansPerCpuSecond());
    }
    if (live != null) {
      LivePhase.Result w = live.watched();
      out.printf("live %,d spans/s: write -> window closed p50 %.0f ms, p99 %.0f ms, max %.0f ms (%,d spans, %d unclosed)%n",
          options.liveRate(), w.p50Millis(), w.p99Millis(), w.maxMillis(), w.spans(), w.unclosed());
      out.printf("  window end -> closed (watched, %d windows): p50 %.0f ms, max %.0f ms; grace %.2f s at the end (at most %d ms)%n",
          w.windows(), w.closeAfterEndP50Millis(), w.closeAfterEndMaxMillis(), live.graceSeconds(),
          PeerBenchmark.GRACE_MILLIS);
      out.printf("  rootline_windows_close_delay_seconds (%,.0f series windows): p50 <= %.2f s, p99 <= %.2f s%n",
          live.histogramWindows(), live.closeDelayP50Seconds(), live.closeDelayP99Seconds());
    }
    out.printf("broker peak RSS %d MB%n", brokerRss >> 20);
    out.printf("extra JVM options: Rootline [%s], Zipkin [%s]%n", String.join(" ", options.rootlineJvmOptions().lines().toList()),
        String.join(" ", options.zipkinJvmOptions().lines().toList()));
  }

  private void row(PrintStream out, String name, Consumption.Result r) {
    out.printf("| %s | %,d%s | %.1f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %d | %d |%n", name, r.spans(),
        r.complete() ? "" : " (incomplete)", r.seconds(), r.spansPerSecond(), r.spansPerSecond() / cores,
        r.spansPerCpuSecond(), r.secondHalf().spansPerSecond(), r.secondHalf().spansPerCpuSecond(),
        r.peakRssBytes() >> 20, r.peakHeapBytes() >> 20);
  }

  void writeJson(Path file) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("started", started.toString());
    json.put("options", options.toString());
    json.put("cores", cores);
    json.put("load_before", loadBefore);
    json.put("load_after", loadAverage());
    json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    json.put("fill", filled);
    json.put("rootline", rootline);
    json.put("rootline_peak_rss_bytes_including_live_phase", rootlineRss);
    json.put("rootline_rca_unread_share", rcaUnread);
    json.put("zipkin", zipkin);
    if (zipkin != null) {
      json.put("ratio_spans_per_second", rootline.spansPerSecond() / zipkin.spansPerSecond());
      json.put("ratio_spans_per_second_second_half",
          rootline.secondHalf().spansPerSecond() / zipkin.secondHalf().spansPerSecond());
    }
    json.put("rootline_spans_per_second_per_core", rootline.spansPerSecond() / cores);
    json.put("live", live);
    json.put("broker_peak_rss_bytes", brokerRss);
    Files.createDirectories(file.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
