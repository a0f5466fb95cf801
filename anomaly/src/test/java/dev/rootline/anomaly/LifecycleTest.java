package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.anomaly.Anomaly;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One departure is one anomaly: opened once, reported while it lasts, resolved once. */
class LifecycleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      a ten-minute incident is reported every 30 windows;             latency_p99; 100~5*40 | 300~10*70 | 100~5*10; open@42 up ongoing@72 ongoing@102 resolved@115
      a worsening incident is reported as it worsens;                 latency_p99; 100~5*40 | 200~5*3 | 2000~5*3 | 100~5*10; open@42 up ongoing@43 resolved@51
      recovery must last six windows: a relapse keeps it open;        latency_p99; 100~5*40 | 300*5 | 100~5*4 | 300*3 | 100~5*10; open@42 up resolved@57
      a slow ramp (+100 % over two hours) is followed, not reported;  latency_p99; 100~5*40 | RAMP | 200~10*20; ''
      a fast ramp (x4 in five minutes) is reported;                   latency_p99; 100~5*40 | FAST | 400~10*20; open@44 up ongoing@48 ongoing@56 ongoing@86
      """)
  void reports(String caption, String signal, String series, String expected) {
    String script = series.replace("RAMP", ramp(100, 200, 720)).replace("FAST", ramp(100, 400, 30));
    assertThat(Replay.run(signal, script, 200)).as(caption).isEqualTo(expected);
  }

  @Test
  void longIncident_becomesTheNewNormalAfterAboutAnHour() {
    Replay replay = new Replay().play(Replay.CHECKOUT, "latency_p99",
        Script.parse("100~5*40 | 300~10*500", 200), 0, a -> true);
    assertThat(replay.openAndResolved()).isEqualTo("open@42 up resolved@408");
  }

  @Test
  void silentSeries_isADropUntilTrafficReturns() {
    Replay replay = new Replay().play(Replay.CHECKOUT, "rate",
        Script.parse("20~2*40 | _*10 | 20~2*10", 0), 0, a -> true);
    assertThat(replay.events()).isEqualTo("open@42 down resolved@55");
    Anomaly open = replay.reported().get(0);
    assertThat(open.detector()).isEqualTo("rate.drop");
    assertThat(open.onset()).isEqualTo(Instant.ofEpochMilli(Replay.T0 + 40 * Replay.W));
    assertThat(open.observed()).isZero();
    assertThat(open.expected()).isBetween(18.0, 22.0);
  }

  @Test
  void silentSeries_withLittleTraffic_isNoDrop() {
    assertThat(Replay.run("rate", "0.3*40 | _*30 | 0.3*5", 0)).isEmpty();
  }

  @Test
  void silentSeries_resolvesItsOpenAnomaliesAndIsForgottenAfterAnHour() {
    Replay replay = new Replay().play(Replay.CHECKOUT, "latency_p99",
        Script.parse("100~5*40 | 300*5 | _*400", 200), 0, a -> true);
    assertThat(replay.events()).isEqualTo("open@42 up resolved@51");
    assertThat(replay.reported().get(1).message()).startsWith("no data");
    assertThat(replay.engine().series()).as("forgotten after an hour of silence").isZero();
  }

  @Test
  void anomaly_keepsOneIdFromOpenToResolved() {
    List<Anomaly> reported = new Replay().play(Replay.CHECKOUT, "latency_p99",
        Script.parse("100~5*40 | 300~10*40 | 100~5*10", 200), 0, a -> true).reported();
    assertThat(reported).extracting(Anomaly::state)
        .containsExactly(Anomaly.State.OPEN, Anomaly.State.ONGOING, Anomaly.State.RESOLVED);
    assertThat(reported).extracting(Anomaly::id).containsOnly(reported.get(0).id());
    Anomaly open = reported.get(0);
    assertThat(open.onset()).isEqualTo(Instant.ofEpochMilli(Replay.T0 + 40 * Replay.W));
    assertThat(open.lastSeen()).isEqualTo(Instant.ofEpochMilli(Replay.T0 + 43 * Replay.W));
    assertThat(open.expected()).isBetween(95.0, 105.0);
    assertThat(open.message()).isEqualTo("p99 latency of op:checkout|POST /checkout|1.0.0 is "
        + Reports.quantity(open.observed(), "ms") + ", normally " + Reports.quantity(open.expected(), "ms"));
  }

  static String ramp(double from, double to, int windows) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= windows; i++) {
      s.append(String.format(Locale.ROOT, "%.2f~5 ", from + (to - from) * i / windows));
    }
    return s.toString();
  }
}
