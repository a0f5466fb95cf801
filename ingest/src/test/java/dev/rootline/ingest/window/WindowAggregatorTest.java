package dev.rootline.ingest.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.window.Window;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowAggregatorTest {
  private static final Resource CART = Resource.of("cart", "1.0.0");
  private static final SeriesKey CART_GET = new SeriesKey.Operation("cart", "GET /cart", "1.0.0");

  private final WindowAggregator aggregator =
      new WindowAggregator(Duration.ofSeconds(10), Duration.ofSeconds(5), 1_000);

  @Test
  void advance_closesWindowOnlyAfterEndPlusGrace() {
    aggregator.add(serverSpan(1_000, 20));
    assertThat(aggregator.advanceTo(14_999)).isEmpty();
    assertThat(aggregator.advanceTo(15_000)).extracting(Window::startMillis).containsExactly(0L);
  }

  @Test
  void add_countsOutOfOrderSpanWithinGraceInItsOwnWindow() {
    aggregator.add(serverSpan(12_000, 10));
    aggregator.add(serverSpan(9_000, 30)); // late, but window [0, 10 s) is still within its grace
    List<Window> closed = aggregator.advanceTo(25_000);
    assertThat(closed).extracting(Window::startMillis, Window::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 1L), org.assertj.core.groups.Tuple.tuple(10_000L, 1L));
    assertThat(aggregator.lateSpans()).isZero();
  }

  @Test
  void add_countsSpanAfterItsWindowClosedAsLate() {
    aggregator.add(serverSpan(1_000, 10));
    aggregator.advanceTo(15_000);
    aggregator.add(serverSpan(2_000, 10));
    assertThat(aggregator.lateSpans()).isEqualTo(1);
    assertThat(aggregator.advanceTo(100_000)).isEmpty();
  }

  @Test
  void add_putsServerSpanInOperationSeriesAndClientSpanInEdgeSeries() {
    aggregator.add(serverSpan(1_000, 20));
    aggregator.add(span(SpanKind.CLIENT, 1_000, 5, attributesWithPeer("redis"), 7L));
    aggregator.add(span(SpanKind.INTERNAL, 1_000, 5, SpanAttributes.NONE, 7L));

    assertThat(aggregator.advanceTo(60_000))
        .extracting(w -> w.key().id())
        .containsExactlyInAnyOrder(CART_GET.id(), "edge:cart->redis");
  }

  @Test
  void add_countsErrorsByStatusAndServer5xx() {
    aggregator.add(serverSpan(1_000, 20));
    aggregator.add(span(SpanKind.SERVER, 1_000, 20, SpanAttributes.NONE, 0, SpanStatus.ERROR));
    aggregator.add(span(SpanKind.SERVER, 1_000, 20, attributesWithStatusCode(503), 0, SpanStatus.UNSET));
    aggregator.add(span(SpanKind.SERVER, 1_000, 20, attributesWithStatusCode(404), 0, SpanStatus.UNSET));

    Window window = aggregator.advanceTo(60_000).get(0);
    assertThat(window.count()).isEqualTo(4);
    assertThat(window.errors()).isEqualTo(2);
  }

  @Test
  void add_countsOverflowInsteadOfOpeningMoreWindowsThanTheBound() {
    WindowAggregator small = new WindowAggregator(Duration.ofSeconds(10), Duration.ZERO, 2);
    for (int i = 0; i < 5; i++) {
      small.add(span(SpanKind.SERVER, i * 10_000L + 1, 1, SpanAttributes.NONE, 0, SpanStatus.OK));
    }
    assertThat(small.openWindows()).isEqualTo(2);
    assertThat(small.overflowSpans()).isEqualTo(3);
    assertThat(small.advanceTo(1_000_000)).hasSize(2);
    assertThat(small.openWindows()).isZero();
  }

  @Test
  void advance_toEarlierWatermarkClosesNothing() {
    aggregator.add(serverSpan(21_000, 5));
    aggregator.advanceTo(30_000);
    aggregator.add(serverSpan(29_000, 5));
    assertThat(aggregator.advanceTo(20_000)).isEmpty();
  }

  @Test
  void partialAggregatorsMergeIntoTheSameWindowsAsOne() {
    WindowAggregator replicaA = new WindowAggregator(Duration.ofSeconds(10), Duration.ZERO, 100);
    WindowAggregator replicaB = new WindowAggregator(Duration.ofSeconds(10), Duration.ZERO, 100);
    for (int i = 0; i < 100; i++) {
      Span span = serverSpan(i * 200L, 1 + i % 37);
      aggregator.add(span);
      (i % 2 == 0 ? replicaA : replicaB).add(span);
    }
    Window whole = aggregator.advanceTo(100_000).get(0);
    List<Window> parts = replicaA.advanceTo(100_000);
    parts.get(0).merge(replicaB.advanceTo(100_000).get(0));

    assertThat(parts.get(0).summary()).isEqualTo(whole.summary());
  }

  private static Span serverSpan(long endMillis, long durationMillis) {
    return span(SpanKind.SERVER, endMillis, durationMillis, SpanAttributes.NONE, 0, SpanStatus.OK);
  }

  private static Span span(SpanKind kind, long endMillis, long durationMillis, SpanAttributes attrs, long parent) {
    return span(kind, endMillis, durationMillis, attrs, parent, SpanStatus.UNSET);
  }

  private static Span span(SpanKind kind, long endMillis, long durationMillis, SpanAttributes attrs,
      long parent, SpanStatus status) {
    long end = endMillis * 1_000_000;
    return new Span(CART, 1, 2, 3, parent, "GET /cart", kind, end - durationMillis * 1_000_000, end,
        status, null, attrs, List.of());
  }

  private static SpanAttributes attributesWithPeer(String peer) {
    return new SpanAttributes(null, null, 0, peer, null, null, null, null, null);
  }

  private static SpanAttributes attributesWithStatusCode(int code) {
    return new SpanAttributes("GET", "/cart", code, null, null, null, null, null, null);
  }
}
