package dev.rootline.notifier;

import static dev.rootline.notifier.NotifyFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.notifier.NotifyFixtures.HTTP;
import static dev.rootline.notifier.NotifyFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The generic webhook: the report signed so that a receiver can verify it. */
class WebhookChannelTest extends ChannelContract {
  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:20:00Z"));

  private final Channel channel = channel(server.uri(""), TIMEOUT);

  @Override
  Channel channel(URI base, Duration timeout) {
    return Channel.webhook(HTTP, base.resolve("/hooks/rootline"), "s3cret",
        report -> ("{\"id\":\"" + report.id() + "\",\"revision\":" + report.revision() + "}").getBytes(StandardCharsets.UTF_8),
        timeout, clock);
  }

  @Override
  LocalServer.Answer accepted() {
    return LocalServer.Answer.of(204, "");
  }

  @Test
  void send_signsTheBodySoTheReceiverCanVerifyIt() {
    Outcome outcome = channel.send(NotifyFixtures.first(CHECKOUT_BAD_DEPLOY));

    assertThat(outcome).isEqualTo(Outcome.delivered("inc-checkout-0302/1"));
    LocalServer.Request request = server.requests().get(0);
    assertThat(request.body()).isEqualTo("{\"id\":\"inc-checkout-0302\",\"revision\":1}");
    assertThat(request.header("X-Rootline-Timestamp")).isEqualTo("1772446800");
    assertThat(request.header("X-Rootline-Delivery")).isEqualTo("inc-checkout-0302/1");
    String signature = request.header("X-Rootline-Signature");
    assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
    byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
    assertThat(new WebhookSignature("s3cret").verify(1772446800L, body, signature)).isTrue();
    assertThat(new WebhookSignature("other").verify(1772446800L, body, signature)).isFalse();
    assertThat(new WebhookSignature("s3cret").verify(1772446801L, body, signature)).isFalse();
  }

  @Test
  void sign_matchesAnHmacComputedIndependently() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal("42.{}".getBytes(StandardCharsets.UTF_8)));

    assertThat(new WebhookSignature("key").sign(42, "{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
  }
}
