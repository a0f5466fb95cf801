package dev.rootline.ingest.signal;

import static dev.rootline.ingest.signal.MetricPoints.CART_1;
import static dev.rootline.ingest.signal.MetricPoints.CART_2;
import static dev.rootline.ingest.signal.MetricPoints.counter;
import static dev.rootline.ingest.signal.MetricPoints.deltaCounter;
import static dev.rootline.ingest.signal.MetricPoints.gauge;
import static dev.rootline.ingest.signal.MetricPoints.histogram;
import static dev.rootline.ingest.signal.MetricPoints.render;
import static dev.rootline.ingest.signal.MetricPoints.upDownCounter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.MetricType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricWindowsTest {
  private static final Map<String, String> USED = Map.of("db.client.connection.state", "used", "db.client.connection.pool.name", "p1");
  private static final Map<String, String> IDLE = Map.of("db.client.connection.state", "idle", "db.client.connection.pool.name", "p1");
  private static final Map<String, String> POOL = Map.of("db.client.connection.pool.name", "p1");

  private final MetricWindows windows = new MetricWindows(Duration.ofSeconds(10), Duration.ofSeconds(5), 100, 1_000);

  @Test
  void gauge_givesWindowMeanAcrossInstances() {
    windows.add(gauge(CART_1, "process.cpu.utilization", 1_000, 0.2));
    windows.add(gauge(CART_2, "process.cpu.utilization", 2_000, 0.4));
    windows.add(gauge(CART_1, "process.cpu.utilization", 11_000, 0.5));

    assertThat(windows.advanceTo(14_999)).isEmpty();
    assertThat(render(windows.advanceTo(15_000))).isEqualTo("metric:cart|process.cpu.utilization value@0=0.300/2");
  }

  @Test
  void counter_givesRatePerSecondAndTakesADropToHalfAsAReset() {
    double[] values = {100, 200, 300, 400, 50, 150};
    for (int i = 0; i < values.length; i++) {
      windows.add(counter(CART_1, "app.orders", i * 10_000L, values[i], Map.of()));
    }
    assertThat(render(windows.advanceTo(100_000))).isEqualTo("""
        metric:cart|app.orders rate@0=10.000/100
        metric:cart|app.orders rate@10=10.000/100
        metric:cart|app.orders rate@20=10.000/100
        metric:cart|app.orders rate@30=5.000/50
        metric:cart|app.orders rate@40=10.000/100""");
  }

  @Test
  void counter_addsInstancesAndSpreadsJitteredExportsOverTheWindowsTheyCover() {
    long[] times = {0, 10_000, 20_000, 30_000};
    long[] jitter = {-10, 10, -10, 10};
    for (int i = 0; i < times.length; i++) {
      windows.add(counter(CART_1, "app_orders_total", times[i] + jitter[i], i * 100.0, Map.of()));
      windows.add(counter(CART_2, "app_orders_total", times[i], i * 50.0, Map.of()));
    }
    assertThat(windows.advanceTo(40_000)) // jitter makes intervals of 10.02 s: windows wait a second more
        .filteredOn(o -> o.windowStartMillis() >= 0)
        .extracting(Observation::value)
        .allSatisfy(rate -> assertThat(rate).isCloseTo(15.0, within(0.05)))
        .hasSize(3);
  }

  @Test
  void counter_exportedLessOftenThanTheWindowFillsEveryWindowItsIntervalCovers() {
    for (long t = 0; t <= 180_000; t += 60_000) {
      windows.add(counter(CART_1, "app_orders_total", t, t / 100.0, Map.of())); // 10/s
      assertThat(windows.advanceTo(t)).allSatisfy(o -> assertThat(o.value()).isEqualTo(10.0));
    }
    assertThat(windows.advanceTo(300_000)).extracting(Observation::windowStartMillis).last().isEqualTo(170_000L);
  }

  @Test
  void deltaCounter_givesRatePerSecondFromItsFirstPoint() {
    for (long t = 10_000; t <= 30_000; t += 10_000) {
      windows.add(deltaCounter(CART_1, "app.orders", t, 50));
    }
    assertThat(render(windows.advanceTo(40_000))).isEqualTo("""
        metric:cart|app.orders rate@0=5.000/50
        metric:cart|app.orders rate@10=5.000/50
        metric:cart|app.orders rate@20=5.000/50""");
  }

  @Test
  void level_doesNotWaitForCountersExportedLessOften() {
    windows.add(counter(CART_1, "app_orders_total", 0, 0, Map.of()));
    windows.add(counter(CART_1, "app_orders_total", 60_000, 600, Map.of()));
    windows.add(gauge(CART_1, "process.cpu.utilization", 61_000, 0.5));

    assertThat(render(windows.advanceTo(75_000)))
        .contains("process.cpu.utilization value@60=0.500/1", "app_orders_total rate@10=10.000/")
        .doesNotContain("rate@20");
  }

  @Test
  void upDownCounter_isALevelHoweverItMoves() {
    windows.add(upDownCounter(CART_1, "db.client.connection.pending_requests", 1_000, 100, Map.of()));
    windows.add(upDownCounter(CART_1, "db.client.connection.pending_requests", 2_000, 90, Map.of()));
    windows.add(upDownCounter(CART_1, "db.client.connection.pending_requests", 3_000, 110, Map.of()));
    assertThat(render(windows.advanceTo(20_000)))
        .isEqualTo("metric:cart|db.client.connection.pending_requests value@0=100.000/3");
  }

  @Test
  void monotonicSum_isACounterWhateverItsName_andAFallThatIsNoRestartAddsNothing() {
    double[] values = {100, 200, 190, 300};
    for (int i = 0; i < values.length; i++) {
      windows.add(counter(CART_1, "app.retries.count", i * 10_000L, values[i], Map.of()));
    }
    assertThat(render(windows.advanceTo(50_000))).isEqualTo("""
        metric:cart|app.retries.count rate@0=10.000/100
        metric:cart|app.retries.count rate@10=0.000/0
        metric:cart|app.retries.count rate@20=11.000/110""");
  }

  @Test
  void nonMonotonicSum_isALevelWhateverItsName() {
    windows.add(upDownCounter(CART_1, "app_sessions_total", 1_000, 5, Map.of()));
    windows.add(upDownCounter(CART_1, "app_sessions_total", 11_000, 9, Map.of()));
    assertThat(render(windows.advanceTo(30_000))).isEqualTo("""
        metric:cart|app_sessions_total value@0=5.000/1
        metric:cart|app_sessions_total value@10=9.000/1""");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = ';', textBlock = """
      process.cpu.time;           s;    0 5 10;          per_second@0=0.500/1 per_second@10=0.500/1
      jvm.gc.time;                ms;   0 200 400;       per_second@0=0.020/1 per_second@10=0.020/1
      network.io;                 By;   0 4000 8000;     per_second@0=400.000/1 per_second@10=400.000/1
      http.server.requests;       {request}; 0 40 80;    rate@0=4.000/40 rate@10=4.000/40
      app.jobs;                   '';   0 3 6;           rate@0=0.300/3 rate@10=0.300/3
      """)
  void counter_givesEventsAsRateAndOtherUnitsPerSecondInBaseUnits(String name, String unit, String values,
      String expected) {
    String[] v = values.split(" ");
    for (int i = 0; i < v.length; i++) {
      windows.add(counter(CART_1, name, unit, i * 10_000L, Double.parseDouble(v[i]), Map.of()));
    }
    assertThat(render(windows.advanceTo(40_000)).replace("metric:cart|" + name + " ", "").replace("\n", " "))
        .isEqualTo(expected);
  }

  @Test
  void deltaUpDownCounter_givesItsNetChangePerSecondNeverARateOfEvents() {
    for (long t = 10_000; t <= 20_000; t += 10_000) {
      windows.add(new MetricPoint(CART_1, "queue.depth.change", "{message}", MetricType.SUM, false, false,
          t * 1_000_000, t == 10_000 ? 30 : -20, 0, Map.of()));
    }
    assertThat(render(windows.advanceTo(30_000))).isEqualTo("""
        metric:cart|queue.depth.change per_second@0=3.000/1
        metric:cart|queue.depth.change per_second@10=-2.000/1""");
  }

  @Test
  void histogramInMilliseconds_givesMeanAndTimePerSecondInSeconds() {
    windows.add(histogram(CART_1, "jvm.gc.duration", "ms", 0, 0, 0, Map.of()));
    windows.add(histogram(CART_1, "jvm.gc.duration", "ms", 10_000, 4, 200, Map.of()));
    assertThat(render(windows.advanceTo(20_000))).isEqualTo("""
        metric:cart|jvm.gc.duration mean@0=0.050/4
        metric:cart|jvm.gc.duration per_second@0=0.020/1
        metric:cart|jvm.gc.duration rate@0=0.400/4""");
  }

  @Test
  void histogram_givesMeanPerObservationAndObservationRate() {
    windows.add(histogram(CART_1, "http.server.request.duration", 0, 0, 0, Map.of()));
    windows.add(histogram(CART_1, "http.server.request.duration", 10_000, 10, 1.0, Map.of()));
    windows.add(histogram(CART_1, "http.server.request.duration", 20_000, 30, 5.0, Map.of()));
    windows.add(histogram(CART_1, "http.server.request.duration", 30_000, 5, 0.5, Map.of())); // restarted
    assertThat(render(windows.advanceTo(40_000))).isEqualTo("""
        metric:cart|http.server.request.duration mean@0=0.100/10
        metric:cart|http.server.request.duration per_second@0=0.100/1
        metric:cart|http.server.request.duration rate@0=1.000/10
        metric:cart|http.server.request.duration mean@10=0.200/20
        metric:cart|http.server.request.duration per_second@10=0.400/1
        metric:cart|http.server.request.duration rate@10=2.000/20
        metric:cart|http.server.request.duration mean@20=0.100/5
        metric:cart|http.server.request.duration per_second@20=0.050/1
        metric:cart|http.server.request.duration rate@20=0.500/5""");
  }

  @Test
  void histogram_withServerErrorsAlsoCountsFailuresOnlySeries() {
    Map<String, String> failed = Map.of("http.route", "/cart", "http.response.status_code", "503");
    windows.add(histogram(CART_1, "http.server.request.duration", 0, 2, 0.2, failed));
    windows.add(histogram(CART_1, "http.server.request.duration", 10_000, 12, 1.2, failed));
    assertThat(render(windows.advanceTo(20_000)))
        .contains("metric:cart|http.server.request.duration{outcome=error} rate@0=1.000/10");
  }

  @Test
  void histogram_countsAWholeNewAttributeSetOfAKnownInstrument() {
    Map<String, String> ok = Map.of("http.route", "/cart", "http.response.status_code", "200");
    Map<String, String> failed = Map.of("http.route", "/cart", "http.response.status_code", "500");
    windows.add(histogram(CART_1, "http.server.request.duration", 0, 100, 10, ok));
    windows.add(histogram(CART_1, "http.server.request.duration", 10_000, 200, 20, ok));
    windows.add(histogram(CART_1, "http.server.request.duration", 10_000, 5, 5, failed)); // first 500s
    assertThat(render(windows.advanceTo(20_000))).isEqualTo("""
        metric:cart|http.server.request.duration mean@0=0.143/105
        metric:cart|http.server.request.duration per_second@0=1.500/2
        metric:cart|http.server.request.duration rate@0=10.500/105
        metric:cart|http.server.request.duration{outcome=error} rate@0=0.500/5""");
  }

  @Test
  void pool_givesStateQualifiedSeriesAndUsageRatio() {
    windows.add(upDownCounter(CART_1, "db.client.connection.count", 1_000, 3, USED));
    windows.add(upDownCounter(CART_1, "db.client.connection.count", 1_000, 7, IDLE));
    windows.add(upDownCounter(CART_1, "db.client.connection.max", 1_000, 10, POOL));
    assertThat(render(windows.advanceTo(20_000))).isEqualTo("""
        metric:cart|db.client.connection.count{state=idle} value@0=7.000/1
        metric:cart|db.client.connection.count{state=used} value@0=3.000/1
        metric:cart|db.client.connection.max value@0=10.000/1
        metric:cart|db.client.connection.usage value@0=0.300/1""");
  }

  @Test
  void add_countsLatePointsAndPointsOverTheSeriesBound() {
    MetricWindows small = new MetricWindows(Duration.ofSeconds(10), Duration.ofSeconds(5), 2, 1);
    small.add(gauge(CART_1, "a", 1_000, 1));
    small.add(gauge(CART_1, "b", 1_000, 1));
    small.add(gauge(CART_1, "c", 1_000, 1));
    small.advanceTo(30_000);
    small.add(gauge(CART_1, "a", 2_000, 1));
    small.add(upDownCounter(CART_1, "d.count", 31_000, 1, Map.of()));

    assertThat(small.series()).isEqualTo(2);
    assertThat(small.overflowPoints()).isEqualTo(2);
    assertThat(small.latePoints()).isEqualTo(1);
    assertThat(small.streams()).isLessThanOrEqualTo(1);
  }
}
