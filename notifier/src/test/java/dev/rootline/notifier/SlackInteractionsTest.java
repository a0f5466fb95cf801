package dev.rootline.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.Indicator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Slack interactivity: signed presses become labels; forged, stale and replayed requests change nothing. */
class SlackInteractionsTest {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final Instant NOW = Instant.parse("2026-03-02T10:30:00Z");
  private static final String CONFIRM_VALUE = new ActionValue("inc-checkout-0302", 3, "checkout",
      Indicator.CODE_CHANGE).encode();
  private final TestClock clock = new TestClock(NOW);
  private final LabelStore labels = LabelStore.inMemory();
  private final SlackInteractions interactions = new SlackInteractions(SECRET, labels, clock);

  @Test
  void handle_signedConfirm_storesTheLabelAndAcknowledgesInTheThread() {
    String body = body(action(SlackMessage.CONFIRM, "\"value\":\"" + CONFIRM_VALUE + "\""));

    SlackInteractions.Reply reply = interactions.handle(now(), sign(now(), body), body);

    Label expected = new Label("inc-checkout-0302", 3, Label.Verdict.CONFIRMED, "checkout", Indicator.CODE_CHANGE,
        "confirmed from Slack", "U0ANA", NOW, Label.Source.SLACK);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.label()).isEqualTo(expected);
    assertThat(labels.of("inc-checkout-0302")).containsExactly(expected);
    assertThat(reply.ack()).isEqualTo(new SlackAck("C0OPS", "1772446500.000100",
        "https://hooks.slack.com/actions/T1/1/abc", "<@U0ANA> confirmed checkout as the cause. Thanks, Rootline learns from this."));
  }

  @Test
  void handle_wrongCause_marksTheFirstCauseWrong() {
    String body = body(action(SlackMessage.WRONG, "\"value\":\"" + CONFIRM_VALUE + "\""));

    SlackInteractions.Reply reply = interactions.handle(now(), sign(now(), body), body);

    assertThat(reply.label().verdict()).isEqualTo(Label.Verdict.WRONG);
    assertThat(reply.label().service()).isEqualTo("checkout");
  }

  @Test
  void handle_trueCausePicked_confirmsThePickedService() {
    String option = new ActionValue("inc-checkout-0302", 3, "postgres-orders", null).encode();
    String body = body(action(SlackMessage.TRUE_CAUSE, "\"type\":\"static_select\",\"selected_option\":"
        + "{\"text\":{\"type\":\"plain_text\",\"text\":\"postgres-orders\"},\"value\":\"" + option + "\"}"));

    SlackInteractions.Reply reply = interactions.handle(now(), sign(now(), body), body);

    assertThat(reply.label()).isEqualTo(new Label("inc-checkout-0302", 3, Label.Verdict.CONFIRMED, "postgres-orders",
        null, "picked as the true cause in Slack", "U0ANA", NOW, Label.Source.SLACK));
  }

  @Test
  void handle_badSignature_isRefusedAndStoresNothing() {
    String body = body(action(SlackMessage.CONFIRM, "\"value\":\"" + CONFIRM_VALUE + "\""));
    String forged = sign(now(), body).substring(0, 10) + "0".repeat(sign(now(), body).length() - 10);

    assertThat(interactions.handle(now(), forged, body).status()).isEqualTo(401);
    assertThat(interactions.handle(now(), sign(now(), body), body.replace("U0ANA", "U0EVE")).status()).isEqualTo(401);
    assertThat(interactions.handle(null, null, body).status()).isEqualTo(401);
    assertThat(interactions.handle("not-a-number", sign("not-a-number", body), body).status()).isEqualTo(401);
    assertThat(labels.of("inc-checkout-0302")).isEmpty();
  }

  @Test
  void handle_staleTimestamp_isRefusedAndStoresNothing() {
    String body = body(action(SlackMessage.CONFIRM, "\"value\":\"" + CONFIRM_VALUE + "\""));
    String sixMinutesAgo = Long.toString(NOW.minus(Duration.ofMinutes(6)).getEpochSecond());

    SlackInteractions.Reply reply = interactions.handle(sixMinutesAgo, sign(sixMinutesAgo, body), body);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(labels.of("inc-checkout-0302")).isEmpty();
  }

  @Test
  void handle_replayedRequest_isRefusedAndStoresNothingMore() {
    String body = body(action(SlackMessage.CONFIRM, "\"value\":\"" + CONFIRM_VALUE + "\""));
    String timestamp = now();
    String signature = sign(timestamp, body);

    SlackInteractions.Reply first = interactions.handle(timestamp, signature, body);
    clock.advance(Duration.ofMinutes(2));
    SlackInteractions.Reply replayed = interactions.handle(timestamp, signature, body);

    assertThat(first.status()).isEqualTo(200);
    assertThat(replayed.status()).isEqualTo(401);
    assertThat(labels.of("inc-checkout-0302")).hasSize(1);
  }

  @Test
  void handle_openReportButton_recordsNothing() {
    String body = body(action(SlackMessage.OPEN, "\"url\":\"https://rootline.example/x\""));

    SlackInteractions.Reply reply = interactions.handle(now(), sign(now(), body), body);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.label()).isNull();
  }

  private static String now() {
    return Long.toString(NOW.getEpochSecond());
  }

  private static String action(String actionId, String fields) {
    return "{\"action_id\":\"" + actionId + "\",\"block_id\":\"rootline_actions\",\"type\":\"button\","
        + "\"action_ts\":\"1772447400.123\"," + fields + "}";
  }

  /** A block_actions payload as Slack sends it: a form with one field, {@code payload}. */
  private static String body(String action) {
    String json = "{\"type\":\"block_actions\",\"user\":{\"id\":\"U0ANA\",\"username\":\"ana\",\"team_id\":\"T1\"},"
        + "\"api_app_id\":\"A1\",\"team\":{\"id\":\"T1\",\"domain\":\"shop\"},"
        + "\"container\":{\"type\":\"message\",\"message_ts\":\"1772446500.000100\",\"channel_id\":\"C0OPS\"},"
        + "\"channel\":{\"id\":\"C0OPS\",\"name\":\"ops\"},\"trigger_id\":\"1.2.3\","
        + "\"response_url\":\"https://hooks.slack.com/actions/T1/1/abc\",\"actions\":[" + action + "]}";
    return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
  }

  /** Slack's signature, computed here independently of the verifier under test. */
  private static String sign(String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
