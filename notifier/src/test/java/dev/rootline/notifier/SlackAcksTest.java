package dev.rootline.notifier;

import static dev.rootline.notifier.NotifyFixtures.HTTP;
import static dev.rootline.notifier.NotifyFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A label's acknowledgement in the thread: through the bot when there is a token, else the response URL. */
class SlackAcksTest {
  private final LocalServer slack = SlackWebhookChannelTest.newServer();

  @AfterEach
  void close() {
    slack.close();
  }

  @Test
  void post_withBotToken_repliesInTheMessagesThread() {
    slack.then(LocalServer.Answer.of(200, "{\"ok\":true,\"channel\":\"C0OPS\",\"ts\":\"1772447400.000300\"}"));
    SlackAck ack = new SlackAck("C0OPS", "1772446500.000100", slack.uri("/actions/T1/1/abc").toString(), "thanks");

    Outcome outcome = SlackAcks.byBot(HTTP, slack.uri("/api/"), "xoxb-1", TIMEOUT).post(ack);

    assertThat(outcome).isEqualTo(Outcome.delivered("1772447400.000300"));
    LocalServer.Request request = slack.requests().get(0);
    assertThat(request.path()).isEqualTo("/api/chat.postMessage");
    assertThat(request.header("Authorization")).isEqualTo("Bearer xoxb-1");
    ChatPostMessageRequest reply = SlackMessage.GSON.fromJson(request.body(), ChatPostMessageRequest.class);
    assertThat(reply.getChannel()).isEqualTo("C0OPS");
    assertThat(reply.getThreadTs()).isEqualTo("1772446500.000100");
    assertThat(reply.getText()).isEqualTo("thanks");
  }

  @Test
  void post_withoutBotToken_answersThroughTheResponseUrl() {
    SlackAck ack = new SlackAck("C0OPS", "1772446500.000100", slack.uri("/actions/T1/1/abc").toString(), "thanks");

    Outcome outcome = SlackAcks.byResponseUrl(HTTP, TIMEOUT).post(ack);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DELIVERED);
    LocalServer.Request request = slack.requests().get(0);
    assertThat(request.path()).isEqualTo("/actions/T1/1/abc");
    JsonObject body = JsonParser.parseString(request.body()).getAsJsonObject();
    assertThat(body.get("text").getAsString()).isEqualTo("thanks");
    assertThat(body.get("replace_original").getAsBoolean()).isFalse();
    assertThat(body.get("thread_ts").getAsString()).isEqualTo("1772446500.000100");
  }

  @Test
  void post_neitherTokenNorResponseUrl_isFailedWithoutARequest() {
    Outcome outcome = SlackAcks.byResponseUrl(HTTP, TIMEOUT).post(new SlackAck("C0OPS", "1.2", null, "thanks"));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.FAILED);
    assertThat(slack.requests()).isEmpty();
  }
}
