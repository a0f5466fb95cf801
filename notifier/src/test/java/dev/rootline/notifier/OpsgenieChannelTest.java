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

/** Opsgenie: create by alias, close by alias, the exact requests. */
class OpsgenieChannelTest extends ChannelContract {
  private static final String ACCEPTED = "{\"result\":\"Request will be processed\",\"took\":0.1,\"requestId\":\"43a29c5c\"}";

  private final Channel channel = channel(server.uri(""), TIMEOUT);

  @Override
  Channel channel(URI base, Duration timeout) {
    return Channel.opsgenie(HTTP, base, "genie-key-1", timeout);
  }

  @Override
  LocalServer.Answer accepted() {
    return LocalServer.Answer.of(202, ACCEPTED);
  }

  @Test
  void send_createsWithAliasThenClosesByAlias() {
    channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));
    channel.send(new Notification(NotifyFixtures.revision(CHECKOUT_BAD_DEPLOY, 2, Incident.State.RESOLVED), LINK,
        "inc-checkout-0302"));

    LocalServer.Request create = server.requests().get(0);
    LocalServer.Request close = server.requests().get(1);
    assertThat(create.path()).isEqualTo("/v2/alerts");
    assertThat(create.header("Authorization")).isEqualTo("GenieKey genie-key-1");
    JsonObject alert = JsonParser.parseString(create.body()).getAsJsonObject();
    assertThat(alert.get("alias").getAsString()).isEqualTo("inc-checkout-0302");
    assertThat(alert.get("message").getAsString()).isEqualTo("Critical incident on frontend: likely checkout");
    assertThat(alert.get("priority").getAsString()).isEqualTo("P1");
    assertThat(alert.get("description").getAsString()).contains("- checkout 2.4.0 (code-change, 87%)")
        .endsWith("Report: " + LINK);
    assertThat(close.path()).isEqualTo("/v2/alerts/inc-checkout-0302/close");
    assertThat(close.query()).isEqualTo("identifierType=alias");
    assertThat(close.header("Authorization")).isEqualTo("GenieKey genie-key-1");
    assertThat(JsonParser.parseString(close.body()).getAsJsonObject().get("source").getAsString()).isEqualTo("Rootline");
  }

  @Test
  void send_unauthorised_failsForGood() {
    server.then(LocalServer.Answer.of(401, "{\"message\":\"Could not authenticate\"}"));

    assertThat(channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY)).kind()).isEqualTo(Outcome.Kind.FAILED);
  }
}
