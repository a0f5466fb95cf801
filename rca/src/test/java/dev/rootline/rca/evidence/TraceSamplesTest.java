package dev.rootline.rca.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.rca.TraceSample;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which example traces the evidence store keeps and hands out for the waterfalls. */
class TraceSamplesTest {
  private static final long T = 1_700_000_000_000L;
  private static final long ONSET = T + 10 * 60_000;
  private final EvidenceStore store = new EvidenceStore(Duration.ofSeconds(10), Duration.ofMinutes(30), 1_000);
  private long nextTrace = 1;

  /** frontend's {@code entry} calls checkout at {@code atMs}; checkout fails when asked. */
  private List<Span> trace(String entry, long atMs, boolean checkoutFails) {
    long trace = nextTrace++;
    return List.of(
        span("frontend", trace, 1, 0, entry, SpanKind.SERVER, atMs, atMs + 100, false),
        span("frontend", trace, 2, 1, "call checkout", SpanKind.CLIENT, atMs + 5, atMs + 90, checkoutFails),
        span("checkout", trace, 3, 2, "PlaceOrder", SpanKind.SERVER, atMs + 10, atMs + 85, checkoutFails));
  }

  private static Span span(String service, long trace, long id, long parent, String name, SpanKind kind, long fromMs,
      long toMs, boolean error) {
    return new Span(Resource.of(service, "1.0"), 0, trace, id, parent, name, kind, fromMs * 1_000_000,
        toMs * 1_000_000, error ? SpanStatus.ERROR : SpanStatus.UNSET, null, SpanAttributes.NONE, List.of());
  }

  @Test
  void exampleTraces_failingSinceOnsetThenNormalOfTheSameEntryFromBeforeOnset() {
    for (long at = T; at < ONSET + 120_000; at += 20_000) {
      store.trace(trace("POST /checkout", at, at >= ONSET));
      store.trace(trace("GET /", at + 1, false)); // another entry operation: never the normal example
    }

    List<TraceSample> examples = store.exampleTraces("checkout", ONSET, ONSET + 120_000);

    assertThat(examples).extracting(TraceSample::role)
        .containsExactly(TraceSample.Role.FAILING, TraceSample.Role.NORMAL);
    assertThat(examples.get(0).start().toEpochMilli()).isBetween(ONSET, ONSET + 120_000);
    assertThat(examples.get(0).spans()).anySatisfy(s -> assertThat(s.error()).isTrue());
    assertThat(examples.get(1).start().toEpochMilli()).isLessThan(ONSET);
    assertThat(examples.get(1).spans().get(0).name()).isEqualTo("POST /checkout");
    assertThat(examples.get(1).spans()).noneSatisfy(s -> assertThat(s.error()).isTrue());
  }

  @Test
  void exampleTraces_keepsFewNormalSamples_aMinuteApart_soSomePredateARecentOnset() {
    for (long at = T; at < ONSET + 240_000; at += 1_000) { // a normal trace a second for 14 minutes
      store.trace(trace("POST /checkout", at, false));
    }
    store.trace(trace("POST /checkout", ONSET + 240_000, true));

    List<TraceSample> examples = store.exampleTraces("checkout", ONSET, ONSET + 300_000);

    assertThat(examples).hasSize(2);
    assertThat(examples.get(1).start().toEpochMilli()).as("kept at most 5 minutes back, one a minute")
        .isLessThan(ONSET).isGreaterThanOrEqualTo(ONSET - 60_000);
  }

  @Test
  void exampleTraces_noNormalTraceOfThatEntry_givesTheFailingOneAlone() {
    store.trace(trace("POST /checkout", ONSET, true));
    store.trace(trace("GET /", ONSET - 60_000, false));

    assertThat(store.exampleTraces("checkout", ONSET, ONSET + 60_000)).singleElement()
        .satisfies(s -> assertThat(s.role()).isEqualTo(TraceSample.Role.FAILING));
  }

  @Test
  void exampleTraces_serviceWhereNoFailureBegan_isEmpty() {
    store.trace(trace("POST /checkout", ONSET, true));

    assertThat(store.exampleTraces("frontend", ONSET, ONSET + 60_000)).isEmpty();
    assertThat(store.exampleTraces("nobody", ONSET, ONSET + 60_000)).isEmpty();
  }

  @Test
  void exampleTraces_failureBeforeTheWindowOnly_givesThatLatestFailure() {
    store.trace(trace("POST /checkout", ONSET - 30_000, true));

    assertThat(store.exampleTraces("checkout", ONSET, ONSET + 60_000)).extracting(s -> s.start().toEpochMilli())
        .containsExactly(ONSET - 30_000);
  }

  @Test
  void exampleTraces_failuresInOneSecond_areSampledOnce() {
    for (int i = 0; i < 10; i++) {
      store.trace(trace("POST /checkout", ONSET + i * 100, true));
    }
    store.trace(trace("POST /checkout", ONSET + 1_000, true));

    assertThat(store.exampleTraces("checkout", ONSET, ONSET + 999)).extracting(s -> s.start().toEpochMilli())
        .as("the first of the second was kept, the nine after it were not sampled").containsExactly(ONSET);
    assertThat(store.exampleTraces("checkout", ONSET + 1_000, ONSET + 2_000)).extracting(s -> s.start().toEpochMilli())
        .containsExactly(ONSET + 1_000);
  }

  @Test
  void samples_areBoundedInServicesAndPerService() {
    for (int i = 0; i < TraceSamples.MAX_KEYS + 50; i++) {
      List<Span> t = List.of(span("svc-" + i, nextTrace++, 1, 0, "op", SpanKind.SERVER, T, T + 1, true));
      store.trace(t);
    }
    for (int i = 0; i < 10; i++) {
      store.trace(trace("POST /checkout", ONSET + i * 1000, true));
    }

    assertThat(store.exampleTraces("svc-0", T, T + 10)).as("least recently used forgotten").isEmpty();
    assertThat(store.exampleTraces("svc-" + (TraceSamples.MAX_KEYS + 49), T, T + 10)).hasSize(1);
    assertThat(store.exampleTraces("checkout", ONSET, ONSET + 1_000).get(0).start().toEpochMilli())
        .as("only the latest " + TraceSamples.FAILING_PER_SERVICE + " kept: the one in the window is gone")
        .isEqualTo(ONSET + 9_000);
  }
}
