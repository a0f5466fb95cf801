package dev.rootline.notifier;

import static dev.rootline.notifier.NotifyFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.notifier.NotifyFixtures.HTTP;
import static dev.rootline.notifier.NotifyFixtures.LINK;
import static dev.rootline.notifier.NotifyFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.model.block.ActionsBlock;
import dev.rootline.core.incident.Incident;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Slack by bot token: one message per incident, updated, with a thread reply on resolve. */
class SlackBotChannelTest extends ChannelContract {
  private static final String POSTED = "{\"ok\":true,\"channel\":\"C0OPS\",\"ts\":\"1772446500.000100\"}";
  private final Channel channel = channel(server.uri(""), TIMEOUT);

  @Override
  Channel channel(URI base, Duration timeout) {
    return Channel.slackBot(HTTP, base.resolve("/api/"), "xoxb-test-token", "#ops", timeout);
  }

  @Override
  LocalServer.Answer accepted() {
    return LocalServer.Answer.of(200, POSTED);
  }

  @Test
  void send_firstRevision_postsAndKeepsChannelAndTs() {
    server.then(LocalServer.Answer.of(200, POSTED));

    Outcome outcome = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));

    assertThat(outcome).isEqualTo(Outcome.delivered("C0OPS/1772446500.000100"));
    LocalServer.Request request = server.requests().get(0);
    assertThat(request.path()).isEqualTo("/api/chat.postMessage");
    assertThat(request.header("Authorization")).isEqualTo("Bearer xoxb-test-token");
    ChatPostMessageRequest posted = SlackMessage.GSON.fromJson(request.body(), ChatPostMessageRequest.class);
    assertThat(posted.getChannel()).isEqualTo("#ops");
    assertThat(posted.getText()).isEqualTo("Critical incident on frontend: likely checkout");
    assertThat(posted.getBlocks()).hasAtLeastOneElementOfType(ActionsBlock.class);
  }

  @Test
  void send_laterRevision_updatesTheSameMessage() {
    server.then(LocalServer.Answer.of(200, "{\"ok\":true,\"channel\":\"C0OPS\",\"ts\":\"1772446500.000100\"}"));

    Outcome outcome = channel.send(new Notification(NotifyFixtures.revision(CHECKOUT_BAD_DEPLOY, 2,
        Incident.State.UPDATED), LINK, "C0OPS/1772446500.000100"));

    assertThat(outcome).isEqualTo(Outcome.delivered("C0OPS/1772446500.000100"));
    assertThat(server.requests()).hasSize(1);
    LocalServer.Request request = server.requests().get(0);
    assertThat(request.path()).isEqualTo("/api/chat.update");
    ChatUpdateRequest update = SlackMessage.GSON.fromJson(request.body(), ChatUpdateRequest.class);
    assertThat(update.getChannel()).isEqualTo("C0OPS");
    assertThat(update.getTs()).isEqualTo("1772446500.000100");
    assertThat(update.getBlocks()).isNotEmpty();
  }

  @Test
  void send_resolved_updatesThenRepliesInTheThread() {
    server.then(LocalServer.Answer.of(200, "{\"ok\":true,\"channel\":\"C0OPS\",\"ts\":\"1772446500.000100\"}"),
        LocalServer.Answer.of(200, "{\"ok\":true,\"channel\":\"C0OPS\",\"ts\":\"1772446999.000200\"}"));

    Outcome outcome = channel.send(new Notification(NotifyFixtures.revision(CHECKOUT_BAD_DEPLOY, 3,
        Incident.State.RESOLVED), LINK, "C0OPS/1772446500.000100"));

    assertThat(outcome).isEqualTo(Outcome.delivered("C0OPS/1772446500.000100"));
    assertThat(server.requests()).extracting(LocalServer.Request::path)
        .containsExactly("/api/chat.update", "/api/chat.postMessage");
    ChatPostMessageRequest reply = SlackMessage.GSON.fromJson(server.requests().get(1).body(), ChatPostMessageRequest.class);
    assertThat(reply.getChannel()).isEqualTo("C0OPS");
    assertThat(reply.getThreadTs()).isEqualTo("1772446500.000100");
    assertThat(reply.getText()).startsWith("Resolved at 2026-03-02T10:18:50Z.");
  }

  @Test
  void send_okFalse_isPermanentUnlessPassing() {
    server.then(LocalServer.Answer.of(200, "{\"ok\":false,\"error\":\"channel_not_found\"}"),
        LocalServer.Answer.of(200, "{\"ok\":false,\"error\":\"internal_error\"}"),
        new LocalServer.Answer(429, java.util.Map.of("Retry-After", "7"), "", false));

    Outcome notFound = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));
    Outcome internal = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));
    Outcome limited = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));

    assertThat(notFound).isEqualTo(Outcome.failed("Slack chat.postMessage failed: channel_not_found"));
    assertThat(internal).isEqualTo(Outcome.retry("Slack chat.postMessage failed: internal_error"));
    assertThat(limited.kind()).isEqualTo(Outcome.Kind.RETRY);
    assertThat(limited.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(7));
  }
}
