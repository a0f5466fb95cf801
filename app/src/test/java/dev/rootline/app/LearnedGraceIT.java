package dev.rootline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Through a real broker, with a grace learned between 1 s and 5 s (ADR 019): fresh spans in
 * order teach a grace of 1 s, and windows then close within 2 s of their end, which the fixed
 * 5 s grace could not do.
 */
@QuarkusTest
@TestProfile(LearnedGraceIT.Learned.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class LearnedGraceIT {
  private static final String SPANS = "grace_spans";
  private static final int TRACES_PER_RECORD = 200;

  /** A topic, group and detector state of its own; the production grace range, 2 s windows. */
  public static class Learned implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("rootline.topics.spans", SPANS),
          Map.entry("rootline.topics.windows", "grace.windows"),
          Map.entry("rootline.topics.anomalies", "grace.anomalies"),
          Map.entry("rootline.topics.reports", "grace.reports"),
          Map.entry("rootline.kafka.group-id", "rootline-grace"),
          Map.entry("rootline.anomaly.application-id", "rootline-anomaly-grace"),
          Map.entry("rootline.ingest.grace", "5s"),
          Map.entry("rootline.ingest.min-grace", "1s"));
    }
  }

  @Test
  void freshSpansInOrder_teachAOneSecondGraceAndWindowsCloseWithinTwoSecondsOfTheirEnd() {
    assertThat(PrometheusText.value("rootline_windows_grace_seconds")).isEqualTo(5.0); // nothing learned yet

    // About 2,400 spans/s, each record ending now: the consumer settles (5 s caught up; the group's
    // rebalances at start put it behind a few times), then 10,000 spans are learned from, then
    // windows close 1 s after their end plus at most a tick. About 40 s here.
    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
      sendFreshTraces();
      return PrometheusText.value("rootline_windows_close_delay_seconds_bucket", "le", "2.0") > 0;
    });

    assertThat(PrometheusText.value("rootline_windows_grace_seconds")).isEqualTo(1.0);
    assertThat(PrometheusText.value("rootline_ingest_spans_late_total")).isZero();
  }

  private static void sendFreshTraces() {
    long now = System.currentTimeMillis() * 1_000_000;
    ExportTraceServiceRequest.Builder record = ExportTraceServiceRequest.newBuilder();
    for (int i = 0; i < TRACES_PER_RECORD; i++) {
      record.addAllResourceSpans(OtlpFixtures.callTrace("grace-front", "grace-items", now, false).getResourceSpansList());
    }
    TestKafka.send(SPANS, Long.toString(now).getBytes(StandardCharsets.UTF_8), record.build().toByteArray());
  }
}
