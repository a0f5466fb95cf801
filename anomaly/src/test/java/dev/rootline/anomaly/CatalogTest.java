package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.core.anomaly.Anomaly.Direction;
import dev.rootline.core.window.SeriesKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {
  private static final DetectorCatalog STANDARD = DetectorCatalog.standard();

  @Test
  void standard_hasUniqueIdsAndASentenceForEach() {
    assertThat(STANDARD.detectors()).extracting(DetectorSpec::id).doesNotHaveDuplicates();
    assertThat(STANDARD.detectors()).allSatisfy(spec -> assertThat(spec.messageTemplate()).contains("{series}"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = ';', textBlock = """
      process.cpu.utilization;                value;      metric.cpu.increase
      process.cpu.time;                       per_second; metric.cpu.increase
      jvm.memory.used;                        value;      metric.memory.increase
      jvm.memory.used_after_last_gc;          value;      metric.memory.increase
      jvm.gc.duration;                        per_second; metric.gc.increase
      jvm.gc.duration;                        rate;       metric.rate.spike
      jvm.gc.duration;                        mean;       metric.latency.increase
      db.client.connection.count{state=used}; value;      metric.pool.increase
      db.client.connection.wait_time;         mean;       metric.latency.increase
      db.client.connection.wait_time;         rate;       metric.rate.spike
      db.client.connection.timeouts;          rate;       metric.errors.increase
      log.errors;                             rate;       metric.errors.increase
      http.server.requests{outcome=error};    rate;       metric.errors.increase
      cache.hit_ratio;                        value;      metric.hit_ratio.drop
      cache.gets;                             rate;       metric.rate.spike
      messaging.kafka.consumer.lag;           value;      metric.queue.increase
      http.server.request.duration;           mean;       metric.latency.increase
      http.server.request.duration;           rate;       metric.rate.spike
      log.records;                            rate;       metric.log_volume.spike
      db.client.connection.usage;             value;      metric.pool.increase
      orders.in_flight;                       value;      metric.shift
      """)
  void metricNames_findTheirDetector(String name, String signal, String id) {
    assertThat(STANDARD.specsFor(new SeriesKey.Metric("svc", name), signal)).extracting(DetectorSpec::id)
        .containsExactly(id);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = ';', textBlock = """
      http.server.request.duration; per_second
      network.io;                   per_second
      process.memory.usage;         per_second
      orders.in_flight;             rate_of_anything_new
      """)
  void metricSignals_thatMeanNothingToAnyDetector_areNotJudged(String name, String signal) {
    assertThat(STANDARD.specsFor(new SeriesKey.Metric("svc", name), signal)).isEmpty();
  }

  @Test
  void requestSignals_ofOperationsAndEdges_shareTheRequestDetectors() {
    SeriesKey edge = new SeriesKey.Edge("checkout", "payments");
    assertThat(STANDARD.specsFor(edge, "rate")).extracting(DetectorSpec::id)
        .containsExactly("rate.drop", "rate.spike");
    assertThat(STANDARD.specsFor(Replay.CHECKOUT, "latency_p99")).extracting(DetectorSpec::id)
        .containsExactly("latency.p99.increase");
    assertThat(STANDARD.slosFor(edge, "error_ratio")).isEmpty();
  }

  @Test
  void slo_appliesToEntryServicesWhenTheyAreNamed() {
    DetectorCatalog entry = STANDARD.withSlo(SloPolicy.standard().forEntryServices(Set.of("frontend")));
    SeriesKey frontend = new SeriesKey.Operation("frontend", "GET /", "2.0");
    assertThat(entry.slosFor(frontend, "error_ratio")).extracting(DetectorSpec::id).containsExactly("slo.availability");
    assertThat(entry.slosFor(frontend, "latency_p50")).extracting(DetectorSpec::id).containsExactly("slo.latency");
    assertThat(entry.slosFor(Replay.CHECKOUT, "error_ratio")).isEmpty();
    assertThat(STANDARD.slosFor(Replay.CHECKOUT, "error_ratio")).hasSize(1);
  }

  @Test
  void badEntries_areRefused() {
    assertThatThrownBy(() -> new DetectorSpec("x", "rate", DetectorSpec.Scope.REQUESTS, "", DetectorSpec.Model.COUNT,
        Direction.UP, 4, 0.5, 0, 1, 2, Double.NaN, "1/s", "{series}")).isInstanceOf(IllegalArgumentException.class);
    DetectorSpec count = STANDARD.detectors().get(3);
    DetectorSpec log = STANDARD.detectors().get(1);
    DetectorSpec clash = new DetectorSpec("clash", count.signal(), count.scope(), "", log.model(), Direction.UP,
        4, 2, 0, 1, 2, Double.NaN, "1/s", "{series}");
    assertThatThrownBy(() -> DetectorCatalog.of(List.of(count, clash), SloPolicy.standard()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DetectorSpec("y", "rate|error_ratio", DetectorSpec.Scope.REQUESTS, "",
        DetectorSpec.Model.COUNT, Direction.UP, 4, 2, 0, 1, 2, Double.NaN, "1/s", "{series}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SloPolicy.BurnWindow(14.4, Duration.ofHours(12), Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
