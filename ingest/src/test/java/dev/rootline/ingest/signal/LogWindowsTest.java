package dev.rootline.ingest.signal;

import static dev.rootline.ingest.signal.MetricPoints.CART_1;
import static dev.rootline.ingest.signal.MetricPoints.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.Resource;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogWindowsTest {
  private final LogWindows windows = new LogWindows(Duration.ofSeconds(10), Duration.ofSeconds(5), 10);

  @Test
  void advance_givesErrorAndRecordRatesPerService() {
    windows.add(log(CART_1, 1_000, 9, null, "cart loaded"));
    windows.add(log(CART_1, 2_000, 17, null, "no available connection"));
    windows.add(log(Resource.of("pay", null), 3_000, 21, null, "fatal"));
    assertThat(render(windows.advanceTo(15_000))).isEqualTo("""
        metric:cart|log.errors rate@0=0.100/2
        metric:cart|log.records rate@0=0.200/2
        metric:pay|log.errors rate@0=0.100/1
        metric:pay|log.records rate@0=0.100/1""");
  }

  @Test
  void add_readsErrorsFromTextAttributeOrBodyWhenSeverityNumberIsUnset() {
    windows.add(log(CART_1, 1_000, 0, "ERROR", "x"));
    windows.add(log(CART_1, 1_000, 0, "info", "ERROR in text but not a level"));
    windows.add(new LogRecord(CART_1, 1_000_000_000L, 0, null, "x", 0, 0, 0, Map.of("level", "error")));
    windows.add(log(CART_1, 1_000, 0, null, "2026-03-02 10:15:00 ERROR [main] timeout"));
    windows.add(log(CART_1, 1_000, 0, null, "ts=1 level=error msg=\"db down\""));
    windows.add(log(CART_1, 1_000, 0, null, "all good, no errors"));
    assertThat(render(windows.advanceTo(15_000))).startsWith("metric:cart|log.errors rate@0=0.400/6");
  }

  @Test
  void advance_givesZeroWindowsToAnActiveServiceWhileItIsQuiet() {
    windows.add(log(CART_1, 1_000, 9, null, "a"));
    windows.advanceTo(15_000);
    windows.add(log(CART_1, 31_000, 9, null, "b"));
    assertThat(render(windows.advanceTo(45_000))).isEqualTo("""
        metric:cart|log.errors rate@10=0.000/0
        metric:cart|log.records rate@10=0.000/0
        metric:cart|log.errors rate@20=0.000/0
        metric:cart|log.records rate@20=0.000/0
        metric:cart|log.errors rate@30=0.000/1
        metric:cart|log.records rate@30=0.100/1""");
  }

  @Test
  void add_countsLateRecordsAndServicesOverTheBound() {
    LogWindows small = new LogWindows(Duration.ofSeconds(10), Duration.ofSeconds(5), 1);
    small.add(log(CART_1, 1_000, 9, null, "a"));
    small.add(log(Resource.of("pay", null), 1_000, 9, null, "a"));
    small.advanceTo(20_000);
    small.add(log(CART_1, 2_000, 9, null, "late"));
    assertThat(small.overflowRecords()).isEqualTo(1);
    assertThat(small.lateRecords()).isEqualTo(1);
  }

  private static LogRecord log(Resource resource, long millis, int severity, String text, String body) {
    return new LogRecord(resource, millis * 1_000_000, severity, text, body, 0, 0, 0, Map.of());
  }
}
