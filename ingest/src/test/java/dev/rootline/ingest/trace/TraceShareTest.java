package dev.rootline.ingest.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceShareTest {
  private static final long T = 1_700_000_000_000L;

  /** {@code traces} traces of two spans each, their ids random. */
  private static List<Span> spans(int traces, long seed) {
    Random random = new Random(seed);
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < traces; i++) {
      long high = random.nextLong();
      long low = random.nextLong();
      spans.add(span(high, low, 1));
      spans.add(span(high, low, 2));
    }
    return spans;
  }

  private static Span span(long high, long low, long id) {
    return new Span(Resource.of("svc", "1"), high, low, id, id == 1 ? 0 : 1, "op", SpanKind.SERVER, T * 1_000_000,
        (T + 5) * 1_000_000, SpanStatus.UNSET, null, SpanAttributes.NONE, List.of());
  }

  private static Set<Long> traceIds(List<Span> spans) {
    Set<Long> ids = new HashSet<>();
    spans.forEach(s -> ids.add(s.traceIdLow()));
    return ids;
  }

  @Test
  void fixed_readsAboutItsShareOfTraces_eachWholeOrNotAtAll() {
    List<Span> spans = spans(50_000, 1);
    TraceShare quarter = TraceShare.fixed(0.25);

    List<Span> kept = quarter.read(spans, T);

    assertThat(kept.size() / 2).isBetween(12_500 - 400, 12_500 + 400);
    assertThat(kept.size() % 2).isZero();
    for (int i = 0; i < kept.size(); i += 2) {
      assertThat(kept.get(i + 1).traceIdLow()).isEqualTo(kept.get(i).traceIdLow());
    }
    assertThat(quarter.spansLeftOut()).isEqualTo(spans.size() - kept.size());
    assertThat(quarter.weight()).isEqualTo(4);
  }

  @Test
  void fixed_smallerSharesReadTracesOfTheLargerOnes() {
    List<Span> spans = spans(20_000, 2);

    Set<Long> quarter = traceIds(TraceShare.fixed(0.25).read(spans, T));
    Set<Long> eighth = traceIds(TraceShare.fixed(0.125).read(spans, T));

    assertThat(eighth).isNotEmpty().hasSizeLessThan(quarter.size());
    assertThat(quarter).containsAll(eighth);
  }

  @Test
  void fixed_spreadsIdsThatDifferOnlyInTheirHighHalf() {
    List<Span> spans = new ArrayList<>();
    for (long high = 1; high <= 8_000; high++) {
      spans.add(span(high, 0, 1));
    }
    Set<Long> highs = new HashSet<>();
    TraceShare.fixed(0.5).read(spans, T).forEach(s -> highs.add(s.traceIdHigh()));

    assertThat(highs.size()).isBetween(4_000 - 300, 4_000 + 300);
  }

  @Test
  void fixed_acceptsOnlyPowersOfAHalf() {
    assertThatThrownBy(() -> TraceShare.fixed(0.3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.3");
    assertThatThrownBy(() -> TraceShare.fixed(1.0 / 128)).isInstanceOf(IllegalArgumentException.class);
    assertThat(TraceShare.fixed(1.0 / 64).weight()).isEqualTo(64);
  }

  @Test
  void budget_readsEveryTraceWithinIt_andReturnsThePollItself() {
    TraceShare share = TraceShare.budget(10_000);
    List<Span> poll = spans(1_000, 3);

    for (int second = 0; second < 5; second++) {
      assertThat(share.read(poll, T + second * 1_000L)).isSameAs(poll);
    }
    assertThat(share.share()).isEqualTo(1.0);
    assertThat(share.spansLeftOut()).isZero();
  }

  @Test
  void budget_fallsAtOnceAsFarAsTheRateNeeds_andRisesAStepASecond() {
    TraceShare share = TraceShare.budget(10_000);
    List<Span> fast = spans(5_000, 4); // 10,000 spans a poll
    List<Span> slow = spans(500, 5); // 1,000 spans a poll

    long now = T;
    for (; now < T + 1_000; now += 250) {
      share.read(fast, now);
    }
    long leftBefore = share.spansLeftOut();
    List<Span> kept = share.read(fast, now); // closes the first second: 40,000 spans, a quarter needed

    assertThat(share.share()).isEqualTo(0.25);
    assertThat(kept.size()).isBetween(2_300, 2_700);
    assertThat(share.spansLeftOut() - leftBefore).isEqualTo(fast.size() - kept.size());

    // Then 4,000 spans a second (13,000 in the second with the last fast poll): the larger share is
    // within three quarters of the budget each time, and it rises one step a second.
    List<Double> shares = new ArrayList<>();
    for (now += 250; now <= T + 4_000; now += 250) {
      share.read(slow, now);
      if (now % 1_000 == 0) {
        shares.add(share.share());
      }
    }
    assertThat(shares).containsExactly(0.5, 1.0, 1.0);
  }

  @Test
  void budget_staysWhereTheRateWouldBeNearTheBudgetAgain() {
    TraceShare share = TraceShare.budget(10_000);
    List<Span> poll = spans(2_000, 6); // 4,000 spans a poll

    long now = T;
    for (int i = 0; i < 20; i++, now += 250) {
      share.read(poll, now); // 16,000 spans a second: half reads 8,000, over three quarters of the budget
    }

    assertThat(share.share()).isEqualTo(0.5);
  }

  @Test
  void budget_rejectsANegativeBudget() {
    assertThatThrownBy(() -> TraceShare.budget(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(TraceShare.budget(0).read(spans(10, 7), T)).hasSize(20);
  }
}
