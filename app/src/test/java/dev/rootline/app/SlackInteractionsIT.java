package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportSink;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /slack/interactions}: a signed Confirm becomes a stored label; forged, stale and replayed requests get 401. */
@QuarkusTest
@TestProfile(NotificationsIT.WithChannels.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class SlackInteractionsIT {
  @Inject
  ReportSink sink;

  @Inject
  LabelStore labels;

  private RcaReport report;

  @BeforeEach
  void storeIncident() {
    report = ReportFixtures.report("inc-slack-" + UUID.randomUUID(), 1, ReportFixtures.ONSET,
        ReportFixtures.ONSET.plusSeconds(60));
    sink.accept(report);
  }

  @Test
  void signedConfirm_storesTheLabel() {
    String body = confirm(report.id());
    String now = now();

    post(now, sign(now, body), body).then().statusCode(200);

    assertThat(labels.of(report.id())).singleElement().satisfies(label -> {
      assertThat(label.verdict()).isEqualTo(Label.Verdict.CONFIRMED);
      assertThat(label.service()).isEqualTo("checkout");
      assertThat(label.indicator()).isEqualTo(Indicator.CODE_CHANGE);
      assertThat(label.by()).isEqualTo("U0ANA");
      assertThat(label.source()).isEqualTo(Label.Source.SLACK);
      assertThat(label.revision()).isEqualTo(1);
    });
  }

  @Test
  void badSignatureStaleTimestampAndReplay_are401AndChangeNothing() {
    String body = confirm(report.id());
    String now = now();
    String stale = Long.toString(Instant.now().minusSeconds(6 * 60).getEpochSecond());

    post(now, sign(now, body).replace('a', 'b').replace('1', '2'), body).then().statusCode(401);
    post(now, sign(now, "payload=other"), body).then().statusCode(401);
    post(stale, sign(stale, body), body).then().statusCode(401);
    post(now, sign(now, body), body).then().statusCode(200);
    post(now, sign(now, body), body).then().statusCode(401);

    assertThat(labels.of(report.id())).hasSize(1);
  }

  private static io.restassured.response.Response post(String timestamp, String signature, String body) {
    return given().header("X-Slack-Request-Timestamp", timestamp).header("X-Slack-Signature", signature)
        .contentType("application/x-www-form-urlencoded").body(body).post("/slack/interactions");
  }

  private static String now() {
    return Long.toString(Instant.now().getEpochSecond());
  }

  /** A block_actions form as Slack posts it when Confirm cause is pressed under a Rootline message. */
  private static String confirm(String incidentId) {
    String value = URLEncoder.encode(incidentId, StandardCharsets.UTF_8) + "|1|checkout|code-change";
    String json = "{\"type\":\"block_actions\",\"user\":{\"id\":\"U0ANA\",\"username\":\"ana\"},"
        + "\"container\":{\"type\":\"message\",\"message_ts\":\"1772446500.000100\",\"channel_id\":\"C0OPS\"},"
        + "\"channel\":{\"id\":\"C0OPS\",\"name\":\"ops\"},\"actions\":[{\"action_id\":\"rootline_confirm\","
        + "\"block_id\":\"rootline_actions\",\"type\":\"button\",\"value\":\"" + value + "\"}]}";
    return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
  }

  /** Slack's v0 signature, computed independently of the service's verifier. */
  private static String sign(String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(NotificationsIT.SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
