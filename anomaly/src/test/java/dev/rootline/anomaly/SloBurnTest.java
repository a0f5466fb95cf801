package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rootline.core.anomaly.Anomaly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SLO burn-rate detector on an entry operation held to 99.9 % availability: 14.4x over 1 h and
 * 5 min, 6x over 6 h and 30 min. Only the SLO's anomalies are shown; an hour of history comes first.
 */
class SloBurnTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      20 % failing for 7 minutes burns 2 % of the budget in the hour;  0*400 | 0.2*40 | 0*60;  open@429 up resolved@470
      a 30-second blip of 20 % does not page;                           0*400 | 0.2*3 | 0*60;   ''
      0.5 % failing (5x) for an hour does not page;                     0*400 | 0.005*360;       ''
      a burn that was there from the start is not new: never armed;    0.05*500;                ''
      before an hour of history nothing pages;                          0*100 | 1*30 | 0*20;    ''
      """)
  void pages(String caption, String series, String expected) {
    Replay replay = new Replay().play(Replay.CHECKOUT, "error_ratio", Script.parse(series, 100), 0,
        a -> a.detector().equals("slo.availability"));
    assertThat(replay.events()).as(caption).isEqualTo(expected);
  }

  @Test
  void burn_reportsBurnRateAndShortWindowRatio() {
    Anomaly open = new Replay().play(Replay.CHECKOUT, "error_ratio", Script.parse("0*400 | 0.2*40", 100), 0,
        a -> a.detector().equals("slo.availability")).reported().get(0);
    assertThat(open.signal()).isEqualTo("slo.availability");
    assertThat(open.score()).isGreaterThanOrEqualTo(14.4);
    assertThat(open.expected()).isCloseTo(0.001, within(1e-9));
    assertThat(open.observed()).as("failed share over the 5-min buckets").isBetween(0.1, 0.2);
    assertThat(open.message()).contains("burns its availability error budget");
  }

  @Test
  void latencySlo_firesWhenMostRequestsAreSlowerThanTheObjective() {
    AnomalyEngineFixture f = new AnomalyEngineFixture();
    for (int i = 0; i < 500; i++) {
      boolean slow = i >= 400;
      f.window(i, 200, 0, slow ? 1_500 : 100, slow ? 4_000 : 300);
    }
    assertThat(f.reported()).filteredOn(a -> a.detector().equals("slo.latency"))
        .extracting(Anomaly::state).startsWith(Anomaly.State.OPEN);
  }

  @Test
  void slowShare_followsALogNormalFitOfP50AndP99() {
    assertThat(SloDetector.slowShare(100, 300, 1_000)).isLessThan(0.001);
    assertThat(SloDetector.slowShare(100, 1_000, 1_000)).isCloseTo(0.01, within(0.001));
    assertThat(SloDetector.slowShare(1_000, 3_000, 1_000)).isCloseTo(0.5, within(0.001));
    assertThat(SloDetector.slowShare(2_000, 2_000, 1_000)).isEqualTo(1);
  }
}
