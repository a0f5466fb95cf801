package dev.rootline.notifier;

import static dev.rootline.notifier.NotifyFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.notifier.NotifyFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.incident.Incident;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Recording: quick updates coalesced, replays and older revisions recording nothing. */
class OutboxNotifierTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:20:00Z");
  private final TestClock clock = new TestClock(T0);
  private final LocalServer server = SlackWebhookChannelTest.newServer();
  private final Outbox outbox = Outbox.inMemory();
  private final Notifier notifier = Notifier.outbox(Routing.everythingTo(List.of("hook")), outbox,
      Duration.ofSeconds(10), clock);
  private final Dispatcher dispatcher = new Dispatcher(outbox, List.of(new Destination("hook",
      Channel.webhook(NotifyFixtures.HTTP, server.uri("/hook"), "k", r -> new byte[0], NotifyFixtures.TIMEOUT, clock),
      Duration.ZERO)), new DeliveryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1), 10,
      Duration.ofSeconds(30)),
      id -> URI.create("https://rootline.example/" + id), clock, new Random(3));

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void accept_quickSuccessiveUpdates_goOutAsTheNewestOnly() {
    notifier.accept(CHECKOUT_BAD_DEPLOY);
    dispatcher.tick();
    clock.advance(Duration.ofSeconds(1));
    notifier.accept(revision(CHECKOUT_BAD_DEPLOY, 2, Incident.State.UPDATED));
    clock.advance(Duration.ofSeconds(2));
    notifier.accept(revision(CHECKOUT_BAD_DEPLOY, 3, Incident.State.UPDATED));
    clock.advance(Duration.ofSeconds(2));
    dispatcher.tick();
    int beforeWindow = server.requests().size();
    clock.advance(Duration.ofSeconds(6)); // ten seconds after revision 2 was recorded
    dispatcher.tick();

    assertThat(beforeWindow).isEqualTo(1);
    assertThat(deliveries()).containsExactly("inc-checkout-0302/1", "inc-checkout-0302/3");
    assertThat(outbox.recent(OutboxEntry.State.SUPERSEDED, 10)).extracting(OutboxEntry::revision).containsExactly(2);
  }

  @Test
  void accept_firstRevisionReplacedBeforeSending_sendsTheNewerAtOnce() {
    notifier.accept(CHECKOUT_BAD_DEPLOY);
    notifier.accept(revision(CHECKOUT_BAD_DEPLOY, 2, Incident.State.UPDATED));
    dispatcher.tick();

    assertThat(deliveries()).containsExactly("inc-checkout-0302/2");
  }

  @Test
  void accept_replayedReport_recordsNothingAndSendsNothingTwice() {
    notifier.accept(CHECKOUT_BAD_DEPLOY);
    dispatcher.tick();
    clock.advance(Duration.ofMinutes(1));
    notifier.accept(CHECKOUT_BAD_DEPLOY);
    dispatcher.tick();

    assertThat(deliveries()).containsExactly("inc-checkout-0302/1");
    assertThat(outbox.recent(null, 10)).hasSize(1);
  }

  @Test
  void accept_olderRevisionAfterANewerOne_isIgnored() {
    notifier.accept(revision(CHECKOUT_BAD_DEPLOY, 2, Incident.State.UPDATED));
    notifier.accept(CHECKOUT_BAD_DEPLOY);

    assertThat(outbox.recent(null, 10)).extracting(OutboxEntry::revision).containsExactly(2);
  }

  private List<String> deliveries() {
    return server.requests().stream().map(r -> r.header("X-Rootline-Delivery")).toList();
  }
}
