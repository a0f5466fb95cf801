package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.window.SeriesKey;
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
      GC time per second;                jvm.gc.duration;                          rate;  0.01~0.003*40 | 0.3~0.02*10;            metric.gc.increase open@41 up
      connection pool at its limit;      db.client.connection.count{state=used};  value; 3~1*40 | 10*10;                          metric.pool.increase open@41 up
      a pool flipping 0 and 1 is quiet;  db.client.connection.pending_requests;    value; 0*20 1 0*10 1 1 0*10 1 0*10 1 1 0*5;     ''
      error logs from nothing;           log.errors;                               rate;  0*40 | 2~0.5*5;                           metric.errors.increase open@42 up
      a few error logs now and then;     log.errors;                               rate;  0*20 0.1 0*10 0.2 0.1 0*10 0.3 0*10;    ''
      cache hit ratio falls;             cache.hit_ratio;                          value; 0.9~0.01*40 | 0.4~0.02*5;               metric.hit_ratio.drop open@41 down
      consumer lag grows;                messaging.kafka.consumer.lag;             value; 10~3*200 | 500 800 1200 1600;            metric.queue.increase open@202 up
      """)
  void detects(String caption, String metric, String signal, String series, String expected) {
    SeriesKey key = new SeriesKey.Metric("inventory", metric);
    Replay replay = new Replay().play(key, signal, Script.parse(withSawtooth(series), 1), 0, a -> true);
    String events = replay.events();
    String shown = replay.reported().isEmpty() ? events : replay.reported().get(0).detector() + " " + events;
    assertThat(shown).as(caption).isEqualTo(expected);
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
