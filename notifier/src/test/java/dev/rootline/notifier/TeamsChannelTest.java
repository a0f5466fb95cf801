package dev.rootline.notifier;

import static dev.rootline.notifier.NotifyFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.notifier.NotifyFixtures.HTTP;
import static dev.rootline.notifier.NotifyFixtures.LINK;
import static dev.rootline.notifier.NotifyFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Teams: one Adaptive Card with the causes and an Open report button. */
class TeamsChannelTest extends ChannelContract {

  private final Channel channel = channel(server.uri(""), TIMEOUT);

  @Override
  Channel channel(URI base, Duration timeout) {
    return Channel.teams(HTTP, base.resolve("/workflows/abc/triggers/manual/paths/invoke"), timeout);
  }

  @Override
  LocalServer.Answer accepted() {
    return LocalServer.Answer.of(202, "");
  }

  @Test
  void send_postsOneAdaptiveCardWithTheCausesAndAnOpenButton() {
    Outcome outcome = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DELIVERED);
    JsonObject message = JsonParser.parseString(server.requests().get(0).body()).getAsJsonObject();
    assertThat(message.get("type").getAsString()).isEqualTo("message");
    JsonObject attachment = message.getAsJsonArray("attachments").get(0).getAsJsonObject();
    assertThat(attachment.get("contentType").getAsString()).isEqualTo("application/vnd.microsoft.card.adaptive");
    JsonObject card = attachment.getAsJsonObject("content");
    assertThat(card.get("type").getAsString()).isEqualTo("AdaptiveCard");
    assertThat(card.get("version").getAsString()).isEqualTo("1.4");
    assertThat(card.getAsJsonArray("body").get(0).getAsJsonObject().get("text").getAsString())
        .isEqualTo("Critical incident on frontend: likely checkout");
    JsonObject facts = card.getAsJsonArray("body").get(1).getAsJsonObject();
    assertThat(facts.get("type").getAsString()).isEqualTo("FactSet");
    assertThat(facts.getAsJsonArray("facts").get(0).getAsJsonObject().get("value").getAsString())
        .startsWith("checkout 2.4.0 (code-change, 87%)");
    JsonObject open = card.getAsJsonArray("actions").get(0).getAsJsonObject();
    assertThat(open.get("type").getAsString()).isEqualTo("Action.OpenUrl");
    assertThat(open.get("url").getAsString()).isEqualTo(LINK.toString());
  }
}
