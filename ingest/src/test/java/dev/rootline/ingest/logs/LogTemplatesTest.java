package dev.rootline.ingest.logs;

import static dev.rootline.ingest.logs.LogLines.ERROR;
import static dev.rootline.ingest.logs.LogLines.INFO;
import static dev.rootline.ingest.logs.LogLines.PAYMENT_WITH_SECRETS;
import static dev.rootline.ingest.logs.LogLines.UNSET;
import static dev.rootline.ingest.logs.LogLines.log;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogTemplatesTest {
  /** Epoch minute of the first baseline minute (2025-02-19); the onset is 60 minutes later. */
  private static final long T0 = 29_000_000;
  private static final long ONSET = T0 + 60;
  private final LogTemplates templates = LogTemplates.standard();

  @Test
  void changes_findsNewAndSpikingTemplatesButNotSteadyOrMildOnes() {
    feed("cart", "GET /api/cart/%d 200", 0, 70, 10, INFO);
    feed("cart", "cache miss for key user:%d", 0, 60, 1, INFO);
    feed("cart", "cache miss for key user:%d", 60, 70, 6, INFO);
    feed("cart", "retrying payment %d", 0, 60, 2, INFO);
    feed("cart", "retrying payment %d", 60, 70, 3, INFO);
    feed("cart", "Connection to db-%d timed out after %d ms", 62, 70, 3, ERROR);
    feed("cart", "slow query took %d ms", -30, -29, 1, INFO);
    feed("cart", "slow query took %d ms", 60, 70, 1, UNSET);
    assertThat(render(templates.changes("cart", millis(T0), millis(ONSET), millis(ONSET + 10)))).isEqualTo("""
        NEW Connection to db-<NUM> timed out after <DUR> base=0.00 obs=2.40 n=24 err=24 first=62
        SPIKING cache miss for key user:<NUM> base=1.00 obs=6.00 n=60 err=0 first=0
        NEW slow query took <DUR> base=0.00 obs=1.00 n=10 err=0 first=-30""");
  }

  /** One template: {@code baseline} logs spread over 60 minutes, then {@code observed} over 10. */
  @ParameterizedTest(name = "{0} then {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      60  | 10  | -
      60  | 20  | -
      60  | 30  | SPIKING
      6   | 4   | -
      6   | 8   | SPIKING
      600 | 150 | -
      600 | 300 | SPIKING
      0   | 1   | NEW
      """)
  void changes_reportsASpikeOnlyAboveCountRatioAndPoissonThresholds(int baseline, int observed, String expected) {
    for (int i = 0; i < baseline; i++) {
      templates.add(log("cart", T0 + i * 60L / baseline, i % 60, INFO, "cache miss for key user:" + i));
    }
    for (int i = 0; i < observed; i++) {
      templates.add(log("cart", ONSET + i * 10L / observed, i % 60, INFO, "cache miss for key user:" + i));
    }
    List<TemplateChange> changes = templates.changes("cart", millis(T0), millis(ONSET), millis(ONSET + 10));
    assertThat(changes.isEmpty() ? "-" : changes.get(0).kind().name()).isEqualTo(expected);
  }

  @Test
  void changes_takesTheBaselineOnlyOverTheMinutesRemembered() {
    LogTemplates short30 = new LogTemplates(new LogTemplates.Config(10, 30, 256, Drain.Config.standard(), 5, 2, 3));
    for (long m = 0; m < 70; m++) {
      for (int i = 0; i < (m < 60 ? 1 : 5); i++) {
        short30.add(log("cart", T0 + m, i, INFO, "cache miss for key user:" + i));
      }
    }
    TemplateChange change = short30.changes("cart", millis(T0 - 600), millis(ONSET), millis(ONSET + 10)).get(0);
    assertThat(change.baselinePerMinute()).isEqualTo(1.0);
    assertThat(change.observedPerMinute()).isEqualTo(5.0);
  }

  @Test
  void changes_showsARedactedExampleAndATemplateWithoutSecrets() {
    templates.add(log("pay", ONSET, 5, ERROR, PAYMENT_WITH_SECRETS + "\n\tat com.shop.Pay.charge(Pay.java:9)"));
    TemplateChange change = templates.changes("pay", millis(T0), millis(ONSET), millis(ONSET + 10)).get(0);
    assertThat(change.example())
        .isEqualTo("payment for <EMAIL> with card <CARD> failed: token=<SECRET> password=<SECRET>");
    assertThat(change.template())
        .isEqualTo("payment for <EMAIL> with card <CARD> failed: token=<SECRET> password=<SECRET>");
  }

  @Test
  void changes_keepsTheFirstErrorAsExampleOverEarlierOrLaterMessages() {
    templates.add(log("jobs", ONSET, 1, INFO, "job 1 finished in 3 ms"));
    templates.add(log("jobs", ONSET, 2, ERROR, "job 2 finished in 9000 ms"));
    templates.add(log("jobs", ONSET, 3, ERROR, "job 3 finished in 8000 ms"));
    assertThat(templates.changes("jobs", millis(T0), millis(ONSET), millis(ONSET + 1)).get(0).example())
        .isEqualTo("job 2 finished in 9000 ms");
  }

  @Test
  void errorLogRate_givesErrorLogsPerMinuteOverTheRange() {
    feed("cart", "GET /api/cart/%d 200", 0, 10, 4, INFO);
    feed("cart", "Connection to db-%d timed out after %d ms", 5, 10, 3, ERROR);
    feed("cart", "user %d checkout failed: card declined", 5, 10, 1, UNSET);
    assertThat(templates.errorLogRate("cart", millis(T0), millis(T0 + 10))).isEqualTo(2.0);
    assertThat(templates.errorLogRate("cart", millis(T0 + 5), millis(T0 + 10))).isEqualTo(4.0);
    assertThat(templates.errorLogRate("pay", millis(T0), millis(T0 + 10))).isZero();
  }

  @Test
  void changes_isEmptyForAServiceNeverSeenOrARangeWithoutMinutes() {
    feed("cart", "retrying payment %d", 0, 70, 2, INFO);
    assertThat(templates.changes("pay", millis(T0), millis(ONSET), millis(ONSET + 10))).isEmpty();
    assertThat(templates.changes("cart", millis(T0), millis(ONSET), millis(ONSET))).isEmpty();
  }

  private void feed(String service, String format, long fromMinute, long toMinute, int perMinute, int severity) {
    int n = 0;
    for (long m = fromMinute; m < toMinute; m++) {
      for (int i = 0; i < perMinute; i++, n++) {
        templates.add(log(service, T0 + m, i * 60 / perMinute, severity, format.replace("%d", Integer.toString(n))));
      }
    }
  }

  static long millis(long minute) {
    return minute * 60_000;
  }

  private static String render(List<TemplateChange> changes) {
    return changes.stream().map(c -> String.format(Locale.ROOT, "%s %s base=%.2f obs=%.2f n=%d err=%d first=%d",
        c.kind(), c.template(), c.baselinePerMinute(), c.observedPerMinute(), c.observedCount(), c.errorCount(),
        c.firstSeenMillis() / 60_000 - T0)).collect(Collectors.joining("\n"));
  }
}
