package dev.rootline.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.telemetry.Span;
import dev.rootline.ingest.otlp.IngestLimits;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.otlp.OtlpDecoder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import zipkin2.codec.SpanBytesDecoder;

class TraceTrafficTest {
  private static final long END = 1_763_805_600_000_000_000L;

  @Test
  void encode_carriesTheSameSpansInOtlpAndZipkin() {
    TraceTraffic traffic = new TraceTraffic("", 3);
    List<BenchSpan> trace = traffic.next(END);

    List<Span> otlp = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS)
        .spans(new OtlpEncoding(traffic.services()).encode(trace));
    List<zipkin2.Span> zipkin = SpanBytesDecoder.PROTO3.decodeList(new ZipkinEncoding(traffic.services()).encode(trace));

    assertThat(otlp).hasSize(TraceTraffic.SPANS_PER_TRACE);
    assertThat(zipkin).hasSize(TraceTraffic.SPANS_PER_TRACE);
    assertThat(otlp).extracting(s -> Long.toHexString(s.spanId()))
        .containsExactlyInAnyOrderElementsOf(zipkin.stream().map(s -> stripZeros(s.id())).toList());
    assertThat(zipkin).extracting(zipkin2.Span::traceId).containsOnly(HexFormat.of().formatHex(trace.get(0).traceId()));
    assertThat(otlp).extracting(s -> s.resource().service()).contains("gateway", "frontend");
  }

  @Test
  void next_endsEverySpanByTheRootsEnd() {
    List<BenchSpan> trace = new TraceTraffic("live-", 5).next(END);

    assertThat(trace).allSatisfy(s -> assertThat(s.endNanos()).isLessThanOrEqualTo(END).isGreaterThan(s.startNanos()));
    assertThat(trace.get(0).endNanos()).isEqualTo(END);
  }

  private static String stripZeros(String hex) {
    return Long.toHexString(Long.parseUnsignedLong(hex, 16));
  }
}
