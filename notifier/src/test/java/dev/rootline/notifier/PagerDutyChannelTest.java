package dev.rootline.notifier;

import static dev.rootline.notifier.NotifyFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.notifier.NotifyFixtures.HTTP;
import static dev.rootline.notifier.NotifyFixtures.LINK;
import static dev.rootline.notifier.NotifyFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rootline.core.incident.Incident;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** PagerDuty Events API v2: trigger then resolve with the incident id as dedup key. */
class PagerDutyChannelTest extends ChannelContract {
  private static final String ACCEPTED = "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"inc-checkout-0302\"}";

  private final Channel channel = channel(server.uri(""), TIMEOUT);

  @Override
  Channel channel(URI base, Duration timeout) {
    return Channel.pagerDuty(HTTP, base.resolve("/v2/enqueue"), "R0UT1NGKEY", timeout);
  }

  @Override
  LocalServer.Answer accepted() {
    return LocalServer.Answer.of(202, ACCEPTED);
  }

  @Test
  void send_triggersThenResolvesWithTheSameDedupKey() {
    Outcome triggered = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));
    Outcome resolved = channel.send(new Notification(NotifyFixtures.revision(CHECKOUT_BAD_DEPLOY, 2,
        Incident.State.RESOLVED), LINK, "inc-checkout-0302"));

    assertThat(triggered.kind()).isEqualTo(Outcome.Kind.DELIVERED);
    assertThat(resolved.kind()).isEqualTo(Outcome.Kind.DELIVERED);
    JsonObject trigger = body(0);
    JsonObject resolve = body(1);
    assertThat(server.requests()).extracting(LocalServer.Request::path).containsOnly("/v2/enqueue");
    assertThat(trigger.get("routing_key").getAsString()).isEqualTo("R0UT1NGKEY");
    assertThat(trigger.get("event_action").getAsString()).isEqualTo("trigger");
    assertThat(trigger.get("dedup_key").getAsString()).isEqualTo("inc-checkout-0302");
    JsonObject payload = trigger.getAsJsonObject("payload");
    assertThat(payload.get("summary").getAsString()).isEqualTo("Critical incident on frontend: likely checkout");
    assertThat(payload.get("severity").getAsString()).isEqualTo("critical");
    assertThat(payload.get("source").getAsString()).isEqualTo("rootline");
    assertThat(payload.get("timestamp").getAsString()).isEqualTo("2026-03-02T10:15:00Z");
    assertThat(payload.get("component").getAsString()).isEqualTo("checkout");
    JsonObject details = payload.getAsJsonObject("custom_details");
    assertThat(details.getAsJsonArray("causes")).hasSize(3);
    assertThat(details.getAsJsonArray("causes").get(0).getAsString()).startsWith("checkout 2.4.0 (code-change, 87%)");
    assertThat(details.get("report").getAsString()).isEqualTo(LINK.toString());
    assertThat(trigger.getAsJsonArray("links").get(0).getAsJsonObject().get("href").getAsString())
        .isEqualTo(LINK.toString());
    assertThat(resolve.keySet()).containsExactlyInAnyOrder("routing_key", "dedup_key", "event_action");
    assertThat(resolve.get("event_action").getAsString()).isEqualTo("resolve");
    assertThat(resolve.get("dedup_key").getAsString()).isEqualTo(trigger.get("dedup_key").getAsString());
  }

  @Test
  void send_mapsSeverities() {
    assertThat(PagerDutyEvent.severity(Incident.Severity.MAJOR)).isEqualTo("error");
    assertThat(PagerDutyEvent.severity(Incident.Severity.MINOR)).isEqualTo("warning");
  }

  @Test
  void send_invalidEvent_failsForGood() {
    server.then(LocalServer.Answer.of(400, "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\"}"));

    Outcome outcome = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.FAILED);
    assertThat(outcome.reason()).contains("400").contains("Event object is invalid").doesNotContain("R0UT1NGKEY");
  }

  private JsonObject body(int index) {
    return JsonParser.parseString(server.requests().get(index).body()).getAsJsonObject();
  }
}
