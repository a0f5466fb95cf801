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
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The window aggregator with a learned grace, driven like the live pipeline: spans arrive every
 * 5 ms of a simulated wall clock, each some lateness behind it, and a quarter-second tick advances
 * the watermark to that clock.
 */
class LearnedGraceTest {
  private static final Resource CART = Resource.of("cart", "1.0.0");
  private static final Duration WINDOW = Duration.ofSeconds(10);
  private static final long TICK = 250;
  private static final long ARRIVAL = 5;

  private final Stream stream = new Stream(new WindowAggregator(WINDOW,
      Lateness.learned(Duration.ofSeconds(1), Duration.ofSeconds(5), 0.999), 1_000));

  @Test
  void stream300msOutOfOrder_learnsTheFloorAndClosesWindowsAtEndPlusFloor() {
    stream.run(200_000, 300);

    assertThat(stream.aggregator.graceMillis()).isEqualTo(1_000);
    // Once 10,000 spans are seen (50 s), every window closes on the tick at its end plus 1 s.
    assertThat(stream.closeDelays(60_000, 190_000)).containsOnly(1_000L);
    assertThat(stream.closeDelays(0, 40_000)).containsOnly(5_000L); // the cold start waits the maximum
    assertThat(stream.aggregator.lateSpans()).isZero();
  }

  @Test
  void outOfOrdernessGrowingTo4s_raisesTheGraceAndCountsTheSpansMissedMeanwhileAsLate() {
    // Up to the tick that closes window [110 s, 120 s) at its end plus the learned 1 s.
    stream.run(121_000, 300);
    assertThat(stream.aggregator.graceMillis()).isEqualTo(1_000);
    assertThat(stream.closes).containsKey(120_000L);

    stream.run(150_000, 4_000);
    long lateWhileLearning = stream.aggregator.lateSpans();
    assertThat(stream.aggregator.graceMillis()).isBetween(4_000L, 4_350L);
    stream.run(300_000, 4_000);

    assertThat(lateWhileLearning).isPositive();
    assertThat(stream.aggregator.lateSpans()).isEqualTo(lateWhileLearning); // none once the grace grew
    stream.aggregator.advanceTo(Long.MAX_VALUE / 2).forEach(stream::count);
    assertThat(stream.windowed + stream.aggregator.lateSpans()).isEqualTo(stream.sent); // none lost silently
  }

  @Test
  void senderExportingInOrderEvery5s_keepsTheMaximumBecauseTheWatermarkMovesBetweenBatches() {
    // Every span is in end-time order, so none is behind the newest end time seen; but between
    // two batches the watermark moves on with the clock, and each batch arrives up to 5 s behind it.
    // Batches are not aligned with windows: each holds the end of one window and the start of the next.
    for (long batch = 7_500; batch <= 200_000; batch += 5_000) {
      for (long end = batch - 5_000 + ARRIVAL; end <= batch; end += ARRIVAL) {
        stream.add(end);
      }
      for (long tick = batch + TICK; tick <= batch + 5_000; tick += TICK) {
        stream.tick(tick);
      }
    }

    assertThat(stream.sent).isGreaterThan(Lateness.MIN_SAMPLES);
    assertThat(stream.aggregator.graceMillis()).isEqualTo(5_000);
    assertThat(stream.aggregator.lateSpans()).isZero();
  }

  @Test
  void unsettledSource_usesTheMaximumAndLearnsNothing() {
    stream.run(120_000, 300);
    // A tick finds the source behind; then a backlog is read, far behind. (Spans read before that
    // tick still teach: the aggregator knows what the latest tick said.)
    stream.settled = false;
    stream.tick(stream.now);
    stream.run(130_000, 60_000);
    assertThat(stream.aggregator.graceMillis()).isEqualTo(5_000);

    stream.settled = true;
    stream.run(131_000, 300);
    assertThat(stream.aggregator.graceMillis()).isEqualTo(1_000);
  }

  @Test
  void floorEqualToMaximum_closesTheSameWindowsAtTheSameTicksAsAFixedGrace() {
    Stream fixed = new Stream(new WindowAggregator(WINDOW, Duration.ofSeconds(5), 1_000));
    Stream learnedFixed = new Stream(new WindowAggregator(WINDOW,
        Lateness.learned(Duration.ofSeconds(5), Duration.ofSeconds(5), 0.999), 1_000));
    fixed.run(200_000, 300);
    fixed.run(260_000, 7_000);
    learnedFixed.run(200_000, 300);
    learnedFixed.run(260_000, 7_000);

    assertThat(learnedFixed.closes).isEqualTo(fixed.closes);
    assertThat(learnedFixed.aggregator.lateSpans()).isEqualTo(fixed.aggregator.lateSpans()).isPositive();
  }

  /** Drives one aggregator on a simulated clock and remembers when each window closed. */
  private static final class Stream {
    final WindowAggregator aggregator;
    final Random random = new Random(42);
    /** Window end → tick at which it closed, and its count. */
    final TreeMap<Long, List<Long>> closes = new TreeMap<>();
    long now;
    long sent;
    long windowed;
    boolean settled = true;

    Stream(WindowAggregator aggregator) {
      this.aggregator = aggregator;
    }

    /** Runs the clock to {@code untilMillis}: a span every 5 ms up to {@code maxLatenessMillis} late. */
    void run(long untilMillis, long maxLatenessMillis) {
      while (now < untilMillis) {
        now += ARRIVAL;
        add(now - (long) (random.nextDouble() * maxLatenessMillis));
        if (now % TICK == 0) {
          tick(now);
        }
      }
    }

    void add(long endMillis) {
      long end = endMillis * 1_000_000;
      aggregator.add(new Span(CART, 1, 2, 3, 0, "GET /cart", SpanKind.SERVER, end - 1_000_000, end,
          SpanStatus.OK, null, SpanAttributes.NONE, List.of()));
      sent++;
    }

    void tick(long wallMillis) {
      for (Window window : aggregator.advanceTo(wallMillis, settled)) {
        closes.put(window.endMillis(), List.of(wallMillis, window.count()));
        count(window);
      }
    }

    void count(Window window) {
      windowed += window.count();
    }

    /** Close tick minus window end, for the windows ending in [from, to). */
    List<Long> closeDelays(long fromMillis, long toMillis) {
      List<Long> delays = new ArrayList<>();
      closes.subMap(fromMillis, toMillis).forEach((end, close) -> delays.add(close.get(0) - end));
      return delays;
    }
  }
}
