package dev.rootline.app.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of ingest: {@code rootline.ingest.*} (environment: {@code ROOTLINE_INGEST_*}). */
@ConfigMapping(prefix = "rootline.ingest")
public interface IngestConfig {

  /** How the Collector encodes records on the OTLP topics: {@code otlp_proto} or {@code otlp_json}. */
  @WithDefault("otlp_proto")
  String encoding();

  /** The length of a series window. */
  @WithDefault("10s")
  Duration window();

  /**
   * The longest a window waits for late data after its end before it closes. Span windows wait
   * less when spans are seen to arrive less late (between {@link #minGrace()} and this, ADR 019);
   * metric and log windows always wait this long.
   */
  @WithDefault("5s")
  Duration grace();

  /** The shortest a span window waits; equal to (or above) {@link #grace()}, the grace is fixed. */
  @WithDefault("1s")
  Duration minGrace();

  /** The share of spans a learned grace waits for: the quantile of their lateness it follows. */
  @WithDefault("0.999")
  double graceQuantile();

  /**
   * How far behind the newest data read a window watermark may hold while its consumer is behind
   * (cut off from the broker, rejoining, or reading a lag); data older than that by more than this
   * plus the grace is counted late rather than windowed.
   */
  @WithDefault("5m")
  Duration maxHold();

  /** The most windows open at once; spans that would open more are counted and dropped. */
  @WithDefault("100000")
  int maxOpenWindows();

  /** The most metric series windowed for detection; points of further series are counted and dropped. */
  @WithDefault("20000")
  int maxMetricSeries();

  /** The most cumulative metric streams (resource, metric, attributes) remembered to turn totals into increases. */
  @WithDefault("200000")
  int maxMetricStreams();

  /** The most services whose logs are windowed for detection; logs of further services are counted and dropped. */
  @WithDefault("5000")
  int maxLogServices();

  /** The most series kept for {@code /api/series}. */
  @WithDefault("20000")
  int maxLiveSeries();

  /** The largest record accepted, in bytes. */
  @WithDefault("16777216")
  int maxRecordBytes();

  /** The most spans, points or logs in one record. */
  @WithDefault("100000")
  int maxItemsPerRecord();

  /**
   * Threads that decode and hand on a poll of spans, the consumer's own included (ADR 021); 0 means
   * one per core. One, the default (more gained nothing measurable on 2 cores), keeps everything on
   * the consumer's thread.
   */
  @WithDefault("1")
  int spanThreads();
}
