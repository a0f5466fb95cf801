package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.anomaly.Anomaly.Direction;
import dev.rootline.core.window.SeriesKey;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resource metrics, each matched to its catalogue entry by name: the series inline, the anomalies expected. */
class MetricDetectorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      CPU saturation;                    process.cpu.utilization;                  value; 0.3~0.03*40 | 0.95~0.02*10 | 0.3~0.03*10; metric.cpu.increase open@41 up resolved@55
      CPU +5 points is no saturation;    container.cpu.utilization;                value; 0.3~0.03*40 | 0.35~0.03*10;               ''
      heap sawtooth is normal;           jvm.memory.used;                          value; SAW*8;                                    ''
      heap beyond its sawtooth;          jvm.memory.used;                          value; SAW*4 | 8e8 8.5e8 9e8 9.5e8 1e9;         metric.memory.increase open@203 up
      GC time per second;                jvm.gc.duration;                          per_second; 0.01~0.003*40 | 0.3~0.02*10;       metric.gc.increase open@41 up
      connection pool at its limit;      db.client.connection.count{state=used};  value; 3~1*40 | 10*10;                          metric.pool.increase open@41 up
      a pool flipping 0 and 1 is quiet;  db.client.connection.pending_requests;    value; 0*20 1 0*10 1 1 0*10 1 0*10 1 1 0*5;     ''
      error logs from nothing;           log.errors;                               rate;  0*40 | 2~0.5*5;                           metric.errors.increase open@42 up
      a few error logs now and then;     log.errors;                               rate;  0*20 0.1 0*10 0.2 0.1 0*10 0.3 0*10;    ''
      cache hit ratio falls;             cache.hit_ratio;                          value; 0.9~0.01*40 | 0.4~0.02*5;               metric.hit_ratio.drop open@41 down
      consumer lag grows;                messaging.kafka.consumer.lag;             value; 10~3*200 | 500 800 1200 1600;            metric.queue.increase open@202 up
      slow connection checkouts;         db.client.connection.wait_time;           mean;  0.002~0.0005*40 | 0.5~0.05*10;          metric.latency.increase open@42 up
      connection timeouts from nothing;  db.client.connection.timeouts;            rate;  0*40 | 1~0.2*5;                          metric.errors.increase open@42 up
      """)
  void detects(String caption, String metric, String signal, String series, String expected) {
    assertThat(play(DetectorCatalog.standard(), metric, signal, series)).as(caption).isEqualTo(expected);
  }

  /**
   * Event counts from metrics (a histogram's observations, a counter of {@code {get}}) are judged
   * as counts: Poisson noise at a few events a minute is quiet, a real step is not. {@code M0.2*1440}
   * is a day of one-minute exports whose counts are Poisson with mean 0.2/s (12 a minute).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      GC collections at a few a minute, for a day;       jvm.gc.duration;                 M0.05*1440;          ''
      connection checkouts at 0.2/s, for a day;          db.client.connection.wait_time;  M0.2*1440;           ''
      cache gets at 0.5/s, for a day;                    cache.gets;                      M0.5*1440;           ''
      server requests counted by a histogram at 0.4/s;   http.server.request.duration;    M0.4*1440;           ''
      GC collections counted every window, for a day;    jvm.gc.duration;                 P0.05*8640;          ''
      a minute at twice the rate;                        cache.gets;                      M0.5*10 | M1 | M0.5*10; ''
      cache gets five times their rate;                  cache.gets;                      M2*10 | M10*2;       metric.rate.spike open@62 up
      connection checkouts five times their rate;        db.client.connection.wait_time;  P3*60 | P15*10;      metric.rate.spike open@62 up
      """)
  void eventCounts(String caption, String metric, String series, String expected) {
    assertThat(play(DetectorCatalog.standard(), metric, "rate", poisson(series))).as(caption).isEqualTo(expected);
  }

  /**
   * Why counts are not levels: a day of GC collections at three a minute, judged by the level rule
   * the GC detector used to apply to any of its signals, opens about twenty false alarms.
   */
  @Test
  void eventCounts_judgedAsALevel_cryWolf() {
    DetectorSpec gcAsLevel = new DetectorSpec("level", "rate", DetectorSpec.Scope.METRICS, "", DetectorSpec.Model.LEVEL,
        Direction.UP, 4, 2, 0.02, 1, 2, Double.NaN, "s/s", "{series}");
    DetectorCatalog asLevel = DetectorCatalog.of(List.of(gcAsLevel), SloPolicy.standard());
    String day = poisson("M0.05*1440");

    assertThat(play(asLevel, "jvm.gc.duration", "rate", day).split("open@")).hasSizeGreaterThan(10);
    assertThat(play(DetectorCatalog.standard(), "jvm.gc.duration", "rate", day)).isEmpty();
  }

  private static String play(DetectorCatalog catalog, String metric, String signal, String series) {
    SeriesKey key = new SeriesKey.Metric("inventory", metric);
    AnomalyEngine engine = new AnomalyEngine(catalog, SeriesStateStore.inMemory());
    Replay replay = new Replay(engine).play(key, signal, Script.parse(withSawtooth(series), 1), 0, a -> true);
    String events = replay.events();
    return replay.reported().isEmpty() ? events : replay.reported().get(0).detector() + " " + events;
  }

  /**
   * Writes out every {@code P<rate>*<n>}: n windows of Poisson counts of mean rate × 10 s, as rates
   * per second; and every {@code M<rate>*<n>}: n minutes of Poisson counts of mean rate × 60 s,
   * each spread over the minute's six windows, as a metric exported every 60 s arrives.
   */
  private static String poisson(String series) {
    Matcher m = Pattern.compile("([PM])([0-9.]+)(?:\\*(\\d+))?").matcher(series);
    StringBuilder out = new StringBuilder();
    int drawn = 0;
    while (m.find()) {
      int windowsPerDraw = m.group(1).equals("M") ? 6 : 1;
      double seconds = windowsPerDraw * Replay.W / 1000.0;
      double mean = Double.parseDouble(m.group(2)) * seconds;
      int draws = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < draws; i++) {
        double rate = poissonCount(mean, (Script.noise(100_000 + drawn++) + 1) / 2) / seconds;
        values.append((rate + " ").repeat(windowsPerDraw));
      }
      m.appendReplacement(out, values.toString().trim());
    }
    return m.appendTail(out).toString();
  }

  /** The Poisson count of this mean at cumulative probability {@code u}. */
  private static int poissonCount(double mean, double u) {
    double p = Math.exp(-mean);
    double cumulative = p;
    int k = 0;
    while (u > cumulative && k < 1_000) {
      p *= mean / ++k;
      cumulative += p;
    }
    return k;
  }

  /** Writes out {@code SAW*n}: n cycles of a heap filling from 200 MB to 690 MB over 50 windows, then collected. */
  private static String withSawtooth(String series) {
    Matcher m = Pattern.compile("SAW\\*(\\d+)").matcher(series);
    if (!m.find()) {
      return series;
    }
    StringBuilder cycle = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      cycle.append((long) (2e8 + i * 1e7)).append("~5e6 ");
    }
    return m.replaceFirst(cycle.toString().repeat(Integer.parseInt(m.group(1))));
  }

  @Test
  void metricWithoutAKnownName_fallsBackToTheStrictShiftDetector() {
    SeriesKey key = new SeriesKey.Metric("inventory", "orders.in_flight");
    assertThat(DetectorCatalog.standard().specsFor(key, "value")).extracting(DetectorSpec::id)
        .containsExactly("metric.shift");
  }
}
