package dev.rootline.ingest.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceAssemblerTest {
  private static final long T = 1_700_000_000_000L;

  private static Span span(long trace, long id, long endMs) {
    return span(0, trace, id, endMs);
  }

  private static Span span(long traceHigh, long trace, long id, long endMs) {
    return new Span(Resource.of("svc", "1"), traceHigh, trace, id, 0, "op", SpanKind.SERVER, (T + endMs - 5) * 1_000_000,
        (T + endMs) * 1_000_000, SpanStatus.UNSET, null, SpanAttributes.NONE, List.of());
  }

  @Test
  void advanceTo_handsOnATrace_onlyOnceItWasQuietLongEnough() {
    TraceAssembler assembler = new TraceAssembler(Duration.ofSeconds(10), 100, 100);
    assembler.addAll(List.of(span(1, 1, 0), span(2, 2, 0)));
    assembler.addAll(List.of(span(1, 3, 5_000)));

    List<List<Span>> first = assembler.advanceTo(T + 12_000);
    List<List<Span>> second = assembler.advanceTo(T + 15_000);

    assertThat(first).singleElement().satisfies(t -> assertThat(t).extracting(Span::traceIdLow).containsOnly(2L));
    assertThat(second).singleElement().satisfies(t -> assertThat(t).hasSize(2));
    assertThat(assembler.openTraces()).isZero();
  }

  @Test
  void addAll_pushesOutTheLeastRecentTrace_whenTooManyAreOpen() {
    TraceAssembler assembler = new TraceAssembler(Duration.ofSeconds(10), 2, 100);
    assembler.addAll(List.of(span(1, 1, 0), span(2, 2, 0)));

    List<List<Span>> early = assembler.addAll(List.of(span(3, 3, 0)));

    assertThat(early).singleElement().satisfies(t -> assertThat(t.get(0).traceIdLow()).isEqualTo(1L));
    assertThat(assembler.evicted()).isEqualTo(1);
    assertThat(assembler.openTraces()).isEqualTo(2);
  }

  @Test
  void addAll_dropsAndCountsSpansBeyondTheTraceLimit() {
    TraceAssembler assembler = new TraceAssembler(Duration.ofSeconds(10), 10, 2);

    assembler.addAll(List.of(span(1, 1, 0), span(1, 2, 0), span(1, 3, 0)));

    assertThat(assembler.droppedSpans()).isEqualTo(1);
    assertThat(assembler.advanceTo(T + 60_000)).singleElement().satisfies(t -> assertThat(t).hasSize(2));
  }

  @Test
  void addAll_keepsInterleavedTraces_andTracesThatDifferOnlyInTheirHighBits_apart() {
    TraceAssembler assembler = new TraceAssembler(Duration.ofSeconds(10), 10, 100);

    assembler.addAll(List.of(span(0, 1, 1, 0), span(0, 1, 2, 0), span(0, 2, 3, 0), span(0, 1, 4, 0),
        span(7, 1, 5, 0), span(7, 1, 6, 0)));

    assertThat(assembler.openTraces()).isEqualTo(3);
    assertThat(assembler.advanceTo(T + 60_000))
        .extracting(t -> t.stream().map(Span::spanId).toList())
        .containsExactly(List.of(3L), List.of(1L, 2L, 4L), List.of(5L, 6L)); // least recently extended first
  }
}
