package dev.rootline.notifier;

import static dev.rootline.notifier.NotifyFixtures.CHECKOUT_BAD_DEPLOY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Channel} does with its destination's answers: passing faults are retried (with
 * the destination's {@code Retry-After} when it gave one), permanent refusals are not, and nothing
 * throws. Each channel's test extends this class.
 */
abstract class ChannelContract {
  static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);
  final LocalServer server = SlackWebhookChannelTest.newServer();

  /** The channel under test, sending to {@code base} (the server, or an address nobody answers). */
  abstract Channel channel(URI base, Duration timeout);

  /** What the destination answers when it accepts. */
  abstract LocalServer.Answer accepted();

  @BeforeEach
  void acceptByDefault() {
    server.byDefault(accepted());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void send_accepted_isDelivered() {
    assertThat(send(SHORT_TIMEOUT.multipliedBy(10)).kind()).isEqualTo(Outcome.Kind.DELIVERED);
  }

  @Test
  void send_serverError_isRetried() {
    server.then(LocalServer.Answer.of(500, "{\"error\":\"boom\"}"));

    Outcome outcome = send(SHORT_TIMEOUT.multipliedBy(10));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.RETRY);
    assertThat(outcome.retryAfter()).isNull();
    assertThat(outcome.reason()).contains("500");
  }

  @Test
  void send_tooManyRequests_isRetriedAfterTheWaitAsked() {
    server.then(new LocalServer.Answer(429, Map.of("Retry-After", "12"), "", false));

    Outcome outcome = send(SHORT_TIMEOUT.multipliedBy(10));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.RETRY);
    assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void send_permanentRefusal_isFailed() {
    server.then(LocalServer.Answer.of(403, "{\"error\":\"forbidden\"}"));

    assertThat(send(SHORT_TIMEOUT.multipliedBy(10)).kind()).isEqualTo(Outcome.Kind.FAILED);
  }

  @Test
  void send_noAnswerInTime_isRetried() {
    server.then(LocalServer.Answer.hanging());

    Outcome outcome = send(SHORT_TIMEOUT);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.RETRY);
    assertThat(outcome.reason()).contains("within 300 ms");
  }

  @Test
  void send_nobodyListening_isRetried() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }

    Outcome outcome = channel(URI.create("http://127.0.0.1:" + port), SHORT_TIMEOUT.multipliedBy(10))
        .send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.RETRY);
    assertThat(outcome.reason()).startsWith("cannot reach 127.0.0.1");
  }

  private Outcome send(Duration timeout) {
    return channel(server.uri(""), timeout).send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));
  }
}
