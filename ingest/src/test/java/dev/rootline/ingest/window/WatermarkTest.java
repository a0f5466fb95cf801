package dev.rootline.ingest.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import dev.rootline.core.window.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The live watermark driving span windows, on a controlled clock: one tick a second, as the app
 * ticks, each told whether the consumer is caught up.
 */
class WatermarkTest {
  private static final long SECOND = 1_000;
  private static final long MAX_BEHIND = 60 * SECOND;
  private static final Resource CART = Resource.of("cart", "1.0.0");

  private final WindowAggregator aggregator =
      new WindowAggregator(Duration.ofSeconds(10), Duration.ofSeconds(5), 1_000);
  private final Watermark watermark = new Watermark(60 * SECOND, MAX_BEHIND);
  private final List<Window> closed = new ArrayList<>();
  private final List<long[]> closedAtWall = new ArrayList<>(); // {window start, wall at close}
  private long wall;

  @Test
  void steadyState_closesEachWindowWithinGraceOfItsEnd() {
    wall = 100 * SECOND;
    for (int i = 0; i < 30; i++) {
      aggregator.add(span(wall - 200)); // read 200 ms after it ended
      tick(true);
      wall += SECOND;
    }
    // Window [100 s, 110 s) closes on the first tick after its end plus the 5 s grace: the span
    // read at 115 s ended at 114.8 s, so the one read at 116 s closes it.
    assertThat(closedAt(100 * SECOND)).isEqualTo(116 * SECOND);
    assertThat(closedAt(110 * SECOND)).isEqualTo(126 * SECOND);
    assertThat(aggregator.lateSpans()).isZero();
  }

  @Test
  void idle_closesByWallClockOnceCaughtUp() {
    wall = 100 * SECOND;
    aggregator.add(span(101 * SECOND));
    ticksUntil(130 * SECOND, true);
    assertThat(closedAt(100 * SECOND)).isEqualTo(115 * SECOND);
  }

  @Test
  void behind_holdsIdleWindowsOpenUntilCaughtUpAgain() {
    wall = 100 * SECOND;
    aggregator.add(span(101 * SECOND));
    tick(true);
    ticksUntil(160 * SECOND, false);
    assertThat(closed).isEmpty();
    // Caught up at 160 s: the window waits out its grace in caught-up time, 14 s from here.
    ticksUntil(180 * SECOND, true);
    assertThat(closedAt(100 * SECOND)).isEqualTo(174 * SECOND);
  }

  @Test
  void backlogAfterBrokerOutage_isWindowedByEventTimeNotCountedLate() {
    wall = 100 * SECOND;
    aggregator.add(span(100 * SECOND));
    ticksUntil(103 * SECOND, true);
    // The broker is down for 40 s; the Collector buffers spans of that time and sends them after.
    ticksUntil(143 * SECOND, false);
    for (long t = 104 * SECOND; t < 143 * SECOND; t += SECOND) {
      aggregator.add(span(t));
    }
    ticksUntil(200 * SECOND, true);

    assertThat(aggregator.lateSpans()).isZero();
    assertThat(closed).extracting(Window::startMillis)
        .containsExactly(100 * SECOND, 110 * SECOND, 120 * SECOND, 130 * SECOND, 140 * SECOND);
    assertThat(closed).extracting(Window::count).containsExactly(7L, 10L, 10L, 10L, 3L);
  }

  @Test
  void lagAfterRestart_freshSpansDelayedByRejoinAreWindowed() {
    wall = 100 * SECOND;
    aggregator.add(span(100 * SECOND));
    ticksUntil(110 * SECOND, true);
    // Spans sent at 110–119 s reach the consumer only at 140 s, after its group rejoined.
    ticksUntil(140 * SECOND, false);
    for (long t = 110 * SECOND; t < 120 * SECOND; t += SECOND) {
      aggregator.add(span(t));
    }
    ticksUntil(160 * SECOND, true);
    assertThat(aggregator.lateSpans()).isZero();
    assertThat(closed).extracting(Window::count).containsExactly(1L, 10L);
  }

  @Test
  void backlogOlderThanTheHoldBoundBehindTheNewest_isCountedLate() {
    wall = 1_000 * SECOND;
    aggregator.add(span(1_000 * SECOND));
    tick(true);
    ticksUntil(1_300 * SECOND, false);
    aggregator.add(span(1_290 * SECOND)); // one partition's fresh spans first
    tick(false);
    aggregator.add(span(1_200 * SECOND)); // 90 s behind the newest: beyond the 60 s bound
    aggregator.add(span(1_240 * SECOND)); // 50 s behind: windowed
    ticksUntil(1_330 * SECOND, true);
    assertThat(aggregator.lateSpans()).isEqualTo(1);
    assertThat(closed).extracting(Window::startMillis)
        .containsExactly(1_000 * SECOND, 1_240 * SECOND, 1_290 * SECOND);
  }

  @Test
  void restartWithAnHourOfLag_readInOrder_isWindowedWithFewWindowsOpen() {
    wall = 10_000 * SECOND;
    tick(false);
    int mostOpen = 0;
    for (long t = wall - 3_600 * SECOND; t < wall; t += SECOND) {
      aggregator.add(span(t));
      mostOpen = Math.max(mostOpen, aggregator.openWindows());
      if (t % (10 * SECOND) == 0) {
        tick(false);
      }
    }
    // Held while behind, but never more than 60 s behind the newest span: windows close as the
    // lag is read, and at most the bound plus the grace of them are open (65 s of 10 s windows,
    // plus the one read ahead of the next tick).
    assertThat(mostOpen).isLessThanOrEqualTo(9);
    assertThat(closed).hasSizeGreaterThan(350);
    ticksUntil(wall + 20 * SECOND, true);
    assertThat(closed).hasSize(360);
    assertThat(aggregator.lateSpans()).isZero();
    assertThat(aggregator.overflowSpans()).isZero();
  }

  @Test
  void backlogAcrossPartitions_freshSpansReadBeforeOldOnes_allWindowedOnceCaughtUp() {
    wall = 100 * SECOND;
    aggregator.add(span(100 * SECOND));
    ticksUntil(102 * SECOND, true);
    ticksUntil(140 * SECOND, false);
    // One partition's fresh spans are read before another partition's outage backlog.
    aggregator.add(span(139 * SECOND));
    tick(false);
    aggregator.add(span(110 * SECOND));
    aggregator.add(span(120 * SECOND));
    ticksUntil(170 * SECOND, true);
    assertThat(aggregator.lateSpans()).isZero();
    assertThat(closed).extracting(Window::startMillis)
        .containsExactly(100 * SECOND, 110 * SECOND, 120 * SECOND, 130 * SECOND);
  }

  @Test
  void eventFarInTheFuture_isClampedToTheAllowedSkew() {
    Watermark mark = new Watermark(60 * SECOND, MAX_BEHIND);
    assertThat(mark.at(10_000 * SECOND, 100 * SECOND, true)).isEqualTo(160 * SECOND);
  }

  @Test
  void noEventYet_isMinValue() {
    assertThat(new Watermark(0).at(Long.MIN_VALUE, 100 * SECOND)).isEqualTo(Long.MIN_VALUE);
    assertThat(new Watermark(0, MAX_BEHIND).at(Long.MIN_VALUE, 100 * SECOND, true)).isEqualTo(Long.MIN_VALUE);
  }

  private void ticksUntil(long endWall, boolean caughtUp) {
    while (wall < endWall) {
      wall += SECOND;
      tick(caughtUp);
    }
  }

  private void tick(boolean caughtUp) {
    long mark = watermark.at(aggregator.maxEventMillis(), wall, caughtUp);
    if (mark != Long.MIN_VALUE) {
      for (Window window : aggregator.advanceTo(mark)) {
        closed.add(window);
        closedAtWall.add(new long[] {window.startMillis(), wall});
      }
    }
  }

  private long closedAt(long startMillis) {
    return closedAtWall.stream().filter(c -> c[0] == startMillis).mapToLong(c -> c[1]).findFirst().orElse(-1);
  }

  private static Span span(long endMillis) {
    long end = endMillis * 1_000_000;
    return new Span(CART, 1, 2, 3, 0, "GET /cart", SpanKind.SERVER, end - 5_000_000, end, SpanStatus.OK, null,
        SpanAttributes.NONE, List.of());
  }
}
