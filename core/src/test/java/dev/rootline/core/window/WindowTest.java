package dev.rootline.core.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowTest {
  private static final SeriesKey CART_GET = new SeriesKey.Operation("cart", "GET /cart", "1.0.0");

  @Test
  void quantiles_stayWithinRelativeAccuracyOfExactValues() {
    Random random = new Random(42);
    double[] latencies = new double[20_000];
    Window window = new Window(CART_GET, 0, 10_000);
    for (int i = 0; i < latencies.length; i++) {
      latencies[i] = Math.exp(3 + random.nextGaussian()); // log-normal, median ~20 ms
      window.add(latencies[i], false);
    }
    Arrays.sort(latencies);
    for (double q : new double[] {0.5, 0.95, 0.99}) {
      double exact = latencies[(int) Math.ceil(q * latencies.length) - 1];
      assertThat(window.quantile(q)).as("p%s", q * 100)
          .isCloseTo(exact, within(exact * Window.RELATIVE_ACCURACY * 1.01));
    }
  }

  @Test
  void merge_ofPartsEqualsOneWindowOfAllRequests() {
    Window whole = new Window(CART_GET, 10_000, 10_000);
    Window partA = new Window(CART_GET, 10_000, 10_000);
    Window partB = new Window(CART_GET, 10_000, 10_000);
    for (int i = 1; i <= 1_000; i++) {
      boolean error = i % 100 == 0;
      whole.add(i, error);
      (i % 3 == 0 ? partA : partB).add(i, error);
    }
    partA.merge(partB);

    WindowSummary merged = partA.summary();
    WindowSummary expected = whole.summary();
    assertThat(merged.count()).isEqualTo(1_000);
    assertThat(merged.errors()).isEqualTo(10);
    assertThat(merged.p50Millis()).isEqualTo(expected.p50Millis());
    assertThat(merged.p99Millis()).isEqualTo(expected.p99Millis());
  }

  @Test
  void merge_rejectsWindowOfAnotherSeriesOrStart() {
    Window window = new Window(CART_GET, 0, 10_000);
    assertThatThrownBy(() -> window.merge(new Window(CART_GET, 10_000, 10_000)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> window.merge(new Window(new SeriesKey.Edge("cart", "redis"), 0, 10_000)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summary_ofEmptyWindowHasZeroRateAndQuantiles() {
    WindowSummary summary = new Window(CART_GET, 0, 10_000).summary();
    assertThat(summary.count()).isZero();
    assertThat(summary.errorRate()).isZero();
    assertThat(summary.p99Millis()).isZero();
  }

  @Test
  void summary_reportsRatePerSecondAndErrorRate() {
    Window window = new Window(CART_GET, 0, 10_000);
    for (int i = 0; i < 50; i++) {
      window.add(5, i < 5);
    }
    assertThat(window.summary().ratePerSecond()).isEqualTo(5.0);
    assertThat(window.summary().errorRate()).isEqualTo(0.1);
  }
}
