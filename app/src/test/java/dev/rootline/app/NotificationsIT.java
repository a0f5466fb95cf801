package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.app.report.ReportJson;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.notifier.WebhookSignature;
import dev.rootline.rca.report.ReportSink;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stored reports are routed, recorded in the outbox (H2) and delivered by the scheduled dispatcher
 * to real local endpoints: the signed webhook for everything, PagerDuty as well for payments.
 */
@QuarkusTest
@TestProfile(NotificationsIT.WithChannels.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class NotificationsIT {
  static final String WEBHOOK_SECRET = "hook-secret-for-tests";
  static final String SIGNING_SECRET = "slack-signing-secret-for-tests";

  /** Two channels at the {@link Receiver}, routed by service; Slack interactivity on. */
  public static class WithChannels implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("rootline.notify.channels.hook.type", "webhook"),
          Map.entry("rootline.notify.channels.pager.type", "pagerduty"),
          Map.entry("rootline.notify.routes[0].name", "payments"),
          Map.entry("rootline.notify.routes[0].services", "payments*"),
          Map.entry("rootline.notify.routes[0].channels", "pager,hook"),
          Map.entry("rootline.notify.routes[1].channels", "hook"),
          Map.entry("rootline.notify.tick", "200ms"),
          Map.entry("rootline.notify.coalesce", "0s"),
          Map.entry("rootline.notify.first-retry", "200ms"),
          Map.entry("ROOTLINE_WEBHOOK_SECRET", WEBHOOK_SECRET),
          Map.entry("ROOTLINE_PAGERDUTY_ROUTING_KEY", "routing-key-for-tests"),
          Map.entry("ROOTLINE_SLACK_SIGNING_SECRET", SIGNING_SECRET));
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(ReceiverResource.class));
    }
  }

  @Inject
  ReportSink sink;

  private final Receiver receiver = ReceiverResource.receiver();

  @BeforeEach
  void clear() {
    receiver.clear();
  }

  @Test
  void storedReport_isSignedAndDeliveredOnce_andListed() throws Exception {
    RcaReport report = ReportFixtures.report("inc-notify-" + UUID.randomUUID(), 1, ReportFixtures.ONSET,
        ReportFixtures.ONSET.plusSeconds(60));

    sink.accept(report);

    Receiver.Request request = receiver.take(15);
    assertThat(request).as("webhook request").isNotNull();
    assertThat(request.path()).isEqualTo("/hook");
    assertThat(request.headers().get("X-Rootline-Delivery")).isEqualTo(report.id() + "/1");
    byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
    long timestamp = Long.parseLong(request.headers().get(WebhookSignature.TIMESTAMP_HEADER));
    assertThat(new WebhookSignature(WEBHOOK_SECRET).verify(timestamp, body,
        request.headers().get(WebhookSignature.SIGNATURE_HEADER))).isTrue();
    assertThat(ReportJson.read(body)).isEqualTo(report);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(row(report.id(), "hook"))
        .containsEntry("state", "delivered").containsEntry("attempts", 1).containsEntry("revision", 1));

    sink.accept(report); // replayed: recorded once already
    assertThat(receiver.take(2)).isNull();
    assertThat(PrometheusText.value("rootline_notifications_total", "channel", "hook", "outcome", "delivered"))
        .isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void paymentsIncident_pagesWithTheIncidentAsDedupKey_andResolves() throws Exception {
    RcaReport open = paymentsReport("inc-pay-" + UUID.randomUUID(), 1, Incident.State.OPEN);

    sink.accept(open);
    List<Receiver.Request> first = List.of(receiver.take(15), receiver.take(15));
    sink.accept(paymentsReport(open.id(), 2, Incident.State.RESOLVED));
    List<Receiver.Request> second = List.of(receiver.take(15), receiver.take(15));

    Receiver.Request trigger = first.stream().filter(r -> r.path().equals("/v2/enqueue")).findFirst().orElseThrow();
    Receiver.Request resolve = second.stream().filter(r -> r.path().equals("/v2/enqueue")).findFirst().orElseThrow();
    assertThat(trigger.body()).contains("\"event_action\":\"trigger\"").contains("\"dedup_key\":\"" + open.id() + "\"")
        .contains("\"routing_key\":\"routing-key-for-tests\"");
    assertThat(resolve.body()).contains("\"event_action\":\"resolve\"").contains("\"dedup_key\":\"" + open.id() + "\"");
  }

  @Test
  void serverErrorThenSuccess_isDeliveredOnceAfterARetry() throws Exception {
    RcaReport report = ReportFixtures.report("inc-retry-" + UUID.randomUUID(), 1, ReportFixtures.ONSET,
        ReportFixtures.ONSET.plusSeconds(60));
    receiver.failNext(1, 503);

    sink.accept(report);

    assertThat(receiver.take(15)).isNotNull();
    assertThat(receiver.take(15)).isNotNull();
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(row(report.id(), "hook"))
        .containsEntry("state", "delivered").containsEntry("attempts", 2));
    assertThat(receiver.take(1)).isNull();
  }

  @Test
  void listing_refusesUnknownStateAndBadLimit() {
    given().queryParam("state", "lost").get("/api/notifications").then().statusCode(400);
    given().queryParam("limit", "0").get("/api/notifications").then().statusCode(400);
    given().queryParam("state", "failed").get("/api/notifications").then().statusCode(200);
  }

  static Map<String, Object> row(String incidentId, String channel) {
    List<Map<String, Object>> rows = given().queryParam("limit", "500").get("/api/notifications").then()
        .statusCode(200).extract().jsonPath().getList("");
    return rows.stream().filter(r -> incidentId.equals(r.get("incident_id")) && channel.equals(r.get("channel")))
        .findFirst().orElse(Map.of());
  }

  static RcaReport paymentsReport(String id, int revision, Incident.State state) {
    RcaReport base = ReportFixtures.report(id, revision, ReportFixtures.ONSET, ReportFixtures.ONSET.plusSeconds(60));
    Incident i = base.incident();
    Instant resolved = state == Incident.State.RESOLVED ? i.lastSeen().plusSeconds(30) : null;
    return new RcaReport(new Incident(id, state, i.onset(), i.lastSeen(), resolved, i.severity(), i.symptoms(),
        List.of("frontend", "payments-api")), revision, base.analysedAt(), base.verdict(), base.candidates(),
        base.blastRadius(), base.timeline(), base.explanation());
  }
}
