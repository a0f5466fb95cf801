package dev.rootline.ingest.bench;

import dev.rootline.core.telemetry.Span;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.otlp.IngestLimits;
import dev.rootline.ingest.otlp.OtlpDecoder;
import dev.rootline.ingest.otlp.OtlpJson;
import dev.rootline.ingest.window.WindowAggregator;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding Collector-shaped span records, alone and followed by window aggregation, in both
 * encodings. One operation is one span ({@link OperationsPerInvocation}), so JMH's score is spans
 * per second on one thread and {@code gc.alloc.rate.norm} is bytes allocated per span.
 *
 * <p>The aggregator lives for the whole trial and its windows are never closed, which is what a
 * busy window sees: the window and sketch allocation is spread over millions of spans in production,
 * so counting it over the benchmark's 5,000 would overstate it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(CollectorTraffic.SPANS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecodeAndAggregateBenchmark {
  @Param({"OTLP_PROTO", "OTLP_JSON"})
  public Encoding encoding;

  private byte[][] records;
  private OtlpDecoder decoder;
  private WindowAggregator aggregator;

  @Setup(Level.Trial)
  public void setUp() {
    List<ExportTraceServiceRequest> requests = new CollectorTraffic().records();
    records = new byte[requests.size()][];
    for (int i = 0; i < records.length; i++) {
      records[i] = encoding == Encoding.OTLP_PROTO
          ? requests.get(i).toByteArray()
          : OtlpJson.print(requests.get(i)).getBytes(StandardCharsets.UTF_8);
    }
    decoder = OtlpDecoder.of(encoding, IngestLimits.DEFAULTS);
    aggregator = new WindowAggregator(Duration.ofSeconds(10), Duration.ofSeconds(5), 100_000);
  }

  @Benchmark
  public void decode(Blackhole blackhole) {
    for (byte[] record : records) {
      blackhole.consume(decoder.spans(record));
    }
  }

  @Benchmark
  public int decodeAndAggregate() {
    for (byte[] record : records) {
      List<Span> spans = decoder.spans(record);
      aggregator.addAll(spans);
    }
    // the watermark stays behind the data, so windows stay open (see the class comment)
    return aggregator.advanceTo(CollectorTraffic.T0 / 1_000_000 - 60_000).size() + aggregator.openWindows();
  }
}
