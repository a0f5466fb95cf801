package dev.rootline.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void fromBuckets_readsOnlyWhatWasObservedBetweenTheScrapes() {
    String before = """
        rootline_windows_close_delay_seconds_bucket{le="1.0"} 0
        rootline_windows_close_delay_seconds_bucket{le="6.0"} 0
        rootline_windows_close_delay_seconds_bucket{le="60.0"} 100
        rootline_windows_close_delay_seconds_bucket{le="+Inf"} 100
        """;
    String after = """
        rootline_windows_close_delay_seconds_bucket{le="1.0"} 0
        rootline_windows_close_delay_seconds_bucket{le="6.0"} 98
        rootline_windows_close_delay_seconds_bucket{le="60.0"} 200
        rootline_windows_close_delay_seconds_bucket{le="+Inf"} 200
        """;
    TreeMap<Double, Double> a = Prometheus.buckets(before, "rootline_windows_close_delay_seconds");
    TreeMap<Double, Double> b = Prometheus.buckets(after, "rootline_windows_close_delay_seconds");

    assertThat(Percentiles.count(a, b)).isEqualTo(100);
    assertThat(Percentiles.fromBuckets(a, b, 0.5)).isEqualTo(6.0);
    assertThat(Percentiles.fromBuckets(a, b, 0.99)).isEqualTo(60.0);
  }

  @Test
  void fromBuckets_isNaN_whenNothingWasObserved() {
    TreeMap<Double, Double> same = Prometheus.buckets("x_bucket{le=\"+Inf\"} 5\n", "x");

    assertThat(Percentiles.fromBuckets(same, same, 0.5)).isNaN();
  }

  @Test
  void of_takesTheNearestRank() {
    long[] values = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};

    assertThat(Percentiles.of(values, 10, 0.5)).isEqualTo(5);
    assertThat(Percentiles.of(values, 10, 0.99)).isEqualTo(10);
    assertThat(Percentiles.of(values, 0, 0.5)).isNaN();
  }

  @Test
  void sum_addsSamplesWhoseLabelsMatch() {
    String text = """
        zipkin_collector_spans_total{transport="kafka",} 1500.0
        zipkin_collector_spans_total{transport="http",} 7.0
        rootline_ingest_spans_total 42.0
        """;

    assertThat(Prometheus.sum(text, "zipkin_collector_spans_total", "transport=\"kafka\"")).isEqualTo(1500);
    assertThat(Prometheus.sum(text, "rootline_ingest_spans_total", "")).isEqualTo(42);
    assertThat(Prometheus.sum(text, "absent_total", "")).isZero();
  }
}
