package dev.rootline.ingest.bench;

import dev.rootline.core.telemetry.Span;
import dev.rootline.ingest.otlp.IngestLimits;
import dev.rootline.ingest.otlp.OtlpDecoder;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.window.Lateness;
import dev.rootline.ingest.window.WindowAggregator;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.time.Duration;
import java.util.ArrayList;
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

/**
 * Window aggregation alone, of spans decoded once, with a fixed grace and with a learned one
 * (ADR 019): what recording each span's lateness costs. One operation is one span. As in
 * {@link DecodeAndAggregateBenchmark}, the windows are never closed; the watermark is set, so the
 * learned grace records every span.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(CollectorTraffic.SPANS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AggregateBenchmark {
  @Param({"FIXED", "LEARNED"})
  public String grace;

  private List<List<Span>> batches;
  private WindowAggregator aggregator;

  @Setup(Level.Trial)
  public void setUp() {
    OtlpDecoder decoder = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);
    batches = new ArrayList<>();
    for (ExportTraceServiceRequest request : new CollectorTraffic().records()) {
      batches.add(decoder.spans(request.toByteArray()));
    }
    aggregator = grace.equals("FIXED")
        ? new WindowAggregator(Duration.ofSeconds(10), Duration.ofSeconds(5), 100_000)
        : new WindowAggregator(Duration.ofSeconds(10),
            Lateness.learned(Duration.ofSeconds(1), Duration.ofSeconds(5), 0.999), 100_000);
  }

  @Benchmark
  public int aggregate() {
    for (List<Span> batch : batches) {
      aggregator.addAll(batch);
    }
    return aggregator.advanceTo(CollectorTraffic.T0 / 1_000_000 - 60_000).size() + aggregator.openWindows();
  }
}
