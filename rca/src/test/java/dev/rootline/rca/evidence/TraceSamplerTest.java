package dev.rootline.rca.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.rca.TraceSample;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceSamplerTest {
  private static final long T = 1_700_000_000_000L;

  private static Span span(String service, long id, long parent, String name, double fromMs, double toMs,
      boolean error, int http) {
    return new Span(Resource.of(service, "1.0"), 0, 42, id, parent, name, SpanKind.SERVER,
        (long) ((T + fromMs) * 1_000_000), (long) ((T + toMs) * 1_000_000),
        error ? SpanStatus.ERROR : SpanStatus.UNSET, null,
        http == 0 ? SpanAttributes.NONE : new SpanAttributes(null, null, http, null, null, null, null, null, null),
        List.of());
  }

  /** frontend calls cart 150 times, then checkout, whose query fails last of all: the story is at the end. */
  private static List<Span> longTraceFailingLast() {
    List<Span> trace = new ArrayList<>();
    trace.add(span("frontend", 1, 0, "POST /checkout", 0, 400, true, 500));
    for (int i = 0; i < 150; i++) {
      trace.add(span("cart", 100 + i, 1, "GetCart", i, i + 0.5, false, 0));
    }
    trace.add(span("checkout", 2, 1, "PlaceOrder", 200, 390, true, 0));
    trace.add(span("checkout", 3, 2, "INSERT orders", 210, 380, true, 0));
    return trace;
  }

  @Test
  void sample_longTrace_keepsAtMostTheBound_withTheFailingChainAndTheFocusService() {
    List<Span> trace = longTraceFailingLast();

    TraceSample sample = TraceSampler.sample(trace, TraceSample.Role.FAILING, "checkout");

    assertThat(sample.spans()).hasSize(TraceSample.MAX_SPANS);
    assertThat(sample.spanCount()).isEqualTo(153);
    assertThat(sample.spans()).extracting(TraceSample.SampleSpan::name)
        .contains("POST /checkout", "PlaceOrder", "INSERT orders");
    assertThat(sample.spans()).filteredOn(s -> s.service().equals("cart")).hasSize(TraceSample.MAX_SPANS - 3);
  }

  @Test
  void sample_pointsEachSpanAtItsKeptParent_andMeasuresFromTheTraceStart() {
    TraceSample sample = TraceSampler.sample(longTraceFailingLast(), TraceSample.Role.FAILING, "checkout");

    List<TraceSample.SampleSpan> spans = sample.spans();
    TraceSample.SampleSpan query = spans.get(spans.size() - 1);
    TraceSample.SampleSpan order = spans.get(query.parent());
    assertThat(order.name()).isEqualTo("PlaceOrder");
    assertThat(spans.get(order.parent()).name()).isEqualTo("POST /checkout");
    assertThat(spans.get(0).parent()).isEqualTo(-1);
    assertThat(query.startMillis()).isEqualTo(210.0);
    assertThat(query.durationMillis()).isEqualTo(170.0);
    assertThat(query.error()).isTrue();
    assertThat(spans.get(0).httpStatus()).isEqualTo(500);
    assertThat(sample.durationMillis()).isEqualTo(400.0);
    assertThat(sample.start()).isEqualTo(Instant.ofEpochMilli(T));
    assertThat(sample.traceId()).hasSize(32);
  }

  @Test
  void sample_parentCycleAndMissingParents_doNotLoopAndPointNowhere() {
    List<Span> trace = List.of(
        span("a", 1, 2, "x", 0, 10, false, 0),
        span("b", 2, 1, "y", 1, 9, true, 0),
        span("c", 3, 99, "orphan", 2, 3, false, 0));

    TraceSample sample = TraceSampler.sample(trace, TraceSample.Role.FAILING, "b");

    assertThat(sample.spans()).hasSize(3);
    assertThat(sample.spans().get(2).parent()).isEqualTo(-1);
    assertThat(sample.spans()).allSatisfy(s -> assertThat(s.parent()).isBetween(-1, 2));
  }

  @Test
  void root_prefersASpanWithoutParent_overAnEarlierOrphan() {
    List<Span> trace = List.of(span("late-root", 1, 0, "GET /", 5, 10, false, 0),
        span("orphan", 2, 77, "early", 0, 1, false, 0));

    assertThat(TraceSampler.root(trace).resource().service()).isEqualTo("late-root");
  }
}
