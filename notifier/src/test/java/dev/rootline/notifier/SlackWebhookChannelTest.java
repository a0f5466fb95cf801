package dev.rootline.notifier;

import static dev.rootline.notifier.NotifyFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.notifier.NotifyFixtures.HTTP;
import static dev.rootline.notifier.NotifyFixtures.LINK;
import static dev.rootline.notifier.NotifyFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.webhook.Payload;
import dev.rootline.core.incident.Incident;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slack by incoming webhook: Block Kit that Slack's own model reads, posted on open and on resolve. */
class SlackWebhookChannelTest extends ChannelContract {
  private final Channel channel = channel(server.uri(""), TIMEOUT);

  @Override
  Channel channel(URI base, Duration timeout) {
    return Channel.slackWebhook(HTTP, base.resolve("/services/T1/B2/secret"), timeout);
  }

  @Override
  LocalServer.Answer accepted() {
    return LocalServer.Answer.of(200, "ok");
  }

  @Test
  void send_postsBlockKitThatSlacksModelReads() {
    Outcome outcome = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));

    assertThat(outcome).isEqualTo(Outcome.delivered(SlackWebhookChannel.POSTED));
    LocalServer.Request request = server.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/services/T1/B2/secret");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    Payload payload = SlackMessage.GSON.fromJson(request.body(), Payload.class);
    assertThat(payload.getText()).isEqualTo("Critical incident on frontend: likely checkout");
    List<LayoutBlock> blocks = payload.getBlocks();
    assertThat(((HeaderBlock) blocks.get(0)).getText().getText()).isEqualTo(payload.getText());
    assertThat(sectionTexts(blocks)).anySatisfy(text -> assertThat(text)
        .contains("1. checkout 2.4.0 (code-change, 87%): checkout 2.4.0 was deployed 40 s before errors began")
        .contains("2. postgres-orders (latency, 8%)").contains("3. cart (errors, 3%)").doesNotContain("payments"));
    assertThat(sectionTexts(blocks)).anySatisfy(text -> assertThat(text)
        .isEqualTo("*Change:* checkout 2.3.9 -> 2.4.0 by ci-bot at 10:14:20"));
    assertThat(sectionTexts(blocks)).anySatisfy(text -> assertThat(text)
        .contains("*Summary:* Checkout fails for one order in five").contains("• Roll checkout back to 2.3.9"));
  }

  @Test
  void send_offersOpenConfirmWrongAndTheTrueCauseMenu() {
    channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));

    Payload payload = SlackMessage.GSON.fromJson(server.requests().get(0).body(), Payload.class);
    ActionsBlock actions = payload.getBlocks().stream().filter(ActionsBlock.class::isInstance)
        .map(ActionsBlock.class::cast).findFirst().orElseThrow();
    ButtonElement open = (ButtonElement) actions.getElements().get(0);
    ButtonElement confirm = (ButtonElement) actions.getElements().get(1);
    ButtonElement wrong = (ButtonElement) actions.getElements().get(2);
    StaticSelectElement trueCause = (StaticSelectElement) actions.getElements().get(3);
    assertThat(open.getText().getText()).isEqualTo("Open report");
    assertThat(open.getUrl()).isEqualTo(LINK.toString());
    assertThat(confirm.getText().getText()).isEqualTo("Confirm cause");
    assertThat(confirm.getStyle()).isEqualTo("primary");
    assertThat(ActionValue.decode(confirm.getValue())).contains(
        new ActionValue("inc-checkout-0302", 1, "checkout", dev.rootline.core.rca.Indicator.CODE_CHANGE));
    assertThat(wrong.getText().getText()).isEqualTo("Wrong cause");
    assertThat(wrong.getStyle()).isEqualTo("danger");
    assertThat(trueCause.getOptions()).extracting(o -> o.getText().getText())
        .containsExactly("checkout", "postgres-orders", "cart", "payments", "frontend");
  }

  @Test
  void send_postsAgainOnlyWhenTheIncidentResolves() {
    channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));
    Outcome update = channel.send(new Notification(NotifyFixtures.revision(CHECKOUT_BAD_DEPLOY, 2,
        Incident.State.UPDATED), LINK, SlackWebhookChannel.POSTED));
    Outcome resolved = channel.send(new Notification(NotifyFixtures.revision(CHECKOUT_BAD_DEPLOY, 3,
        Incident.State.RESOLVED), LINK, SlackWebhookChannel.POSTED));

    assertThat(update).isEqualTo(Outcome.delivered(SlackWebhookChannel.POSTED));
    assertThat(resolved).isEqualTo(Outcome.delivered(SlackWebhookChannel.RESOLVED));
    assertThat(server.requests()).hasSize(2);
    assertThat(SlackMessage.GSON.fromJson(server.requests().get(1).body(), Payload.class).getText())
        .isEqualTo("Resolved: Critical incident on frontend: likely checkout");
  }

  @Test
  void send_invalidPayloadAnswer_failsForGood_andServerErrorIsRetried() {
    server.then(LocalServer.Answer.of(400, "invalid_payload"), LocalServer.Answer.of(503, "busy"));

    Outcome refused = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));
    Outcome busy = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));

    assertThat(refused.kind()).isEqualTo(Outcome.Kind.FAILED);
    assertThat(refused.reason()).isEqualTo("127.0.0.1 answered 400: invalid_payload").doesNotContain("secret");
    assertThat(busy.kind()).isEqualTo(Outcome.Kind.RETRY);
  }

  static List<String> sectionTexts(List<LayoutBlock> blocks) {
    return blocks.stream().filter(SectionBlock.class::isInstance).map(b -> ((SectionBlock) b).getText().getText()).toList();
  }

  static LocalServer newServer() {
    try {
      return new LocalServer();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
