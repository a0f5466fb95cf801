package dev.rootline.notifier;

import static dev.rootline.notifier.NotifyFixtures.CHECKOUT_BAD_DEPLOY;
import static dev.rootline.notifier.NotifyFixtures.HTTP;
import static dev.rootline.notifier.NotifyFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.RcaReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery over the in-memory outbox against a real local endpoint: retries, waits, give-up, spacing, restart. */
class DispatcherTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:20:00Z");
  private static final DeliveryPolicy POLICY =
      new DeliveryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(10), 50, Duration.ofSeconds(30));
  private final TestClock clock = new TestClock(T0);
  private final LocalServer server = SlackWebhookChannelTest.newServer();
  private final Outbox outbox = Outbox.inMemory();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void tick_serverErrorThenSuccess_deliversOnce() {
    server.then(LocalServer.Answer.of(500, "oops"));
    Dispatcher dispatcher = dispatcher(webhook("hook", TIMEOUT));
    record("hook", CHECKOUT_BAD_DEPLOY);

    OutboxEntry failed = dispatcher.tick().get(0);
    assertThat(failed.state()).isEqualTo(OutboxEntry.State.PENDING);
    assertThat(failed.error()).isEqualTo("127.0.0.1 answered 500: oops");
    assertThat(failed.dueAt()).isBetween(T0.plusMillis(500), T0.plusSeconds(1));
    assertThat(dispatcher.tick()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    OutboxEntry delivered = dispatcher.tick().get(0);
    clock.advance(Duration.ofMinutes(5));
    dispatcher.tick();

    assertThat(delivered.state()).isEqualTo(OutboxEntry.State.DELIVERED);
    assertThat(delivered.attempts()).isEqualTo(2);
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(0).body()).isEqualTo(server.requests().get(1).body());
  }

  @Test
  void tick_tooManyRequestsWithRetryAfter_waitsThatLong() {
    server.then(new LocalServer.Answer(429, Map.of("Retry-After", "30"), "", false));
    Dispatcher dispatcher = dispatcher(webhook("hook", TIMEOUT));
    record("hook", CHECKOUT_BAD_DEPLOY);

    OutboxEntry limited = dispatcher.tick().get(0);
    clock.advance(Duration.ofSeconds(29));
    List<OutboxEntry> early = dispatcher.tick();
    clock.advance(Duration.ofSeconds(1));
    List<OutboxEntry> onTime = dispatcher.tick();

    assertThat(limited.dueAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(early).isEmpty();
    assertThat(onTime).extracting(OutboxEntry::state).containsExactly(OutboxEntry.State.DELIVERED);
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void tick_noAnswerInTime_isRetried() {
    server.then(LocalServer.Answer.hanging());
    Dispatcher dispatcher = dispatcher(webhook("hook", Duration.ofMillis(300)));
    record("hook", CHECKOUT_BAD_DEPLOY);

    OutboxEntry timedOut = dispatcher.tick().get(0);
    clock.advance(Duration.ofSeconds(1));
    OutboxEntry delivered = dispatcher.tick().get(0);

    assertThat(timedOut.state()).isEqualTo(OutboxEntry.State.PENDING);
    assertThat(timedOut.error()).isEqualTo("no answer from 127.0.0.1 within 300 ms");
    assertThat(delivered.state()).isEqualTo(OutboxEntry.State.DELIVERED);
  }

  @Test
  void tick_permanentRefusal_givesUpAtOnceAndShowsWhy() {
    server.byDefault(LocalServer.Answer.of(404, "no_service"));
    Dispatcher dispatcher = dispatcher(webhook("hook", TIMEOUT));
    record("hook", CHECKOUT_BAD_DEPLOY);

    dispatcher.tick();
    clock.advance(Duration.ofHours(1));
    dispatcher.tick();

    assertThat(server.requests()).hasSize(1);
    assertThat(outbox.recent(OutboxEntry.State.FAILED, 10)).singleElement().satisfies(entry -> {
      assertThat(entry.error()).isEqualTo("127.0.0.1 answered 404: no_service");
      assertThat(entry.attempts()).isEqualTo(1);
    });
  }

  @Test
  void tick_stillFailingAtTheGiveUpTime_givesUp() {
    server.byDefault(LocalServer.Answer.of(503, "down"));
    Dispatcher dispatcher = dispatcher(webhook("hook", TIMEOUT));
    record("hook", CHECKOUT_BAD_DEPLOY);

    for (int second = 0; second <= 20 * 60; second += 5) {
      dispatcher.tick();
      clock.advance(Duration.ofSeconds(5));
    }

    OutboxEntry entry = outbox.recent(null, 1).get(0);
    assertThat(entry.state()).isEqualTo(OutboxEntry.State.FAILED);
    assertThat(entry.error()).startsWith("gave up after " + entry.attempts() + " attempts in ").endsWith(": 127.0.0.1 answered 503: down");
    assertThat(entry.updatedAt()).isBefore(T0.plus(POLICY.giveUpAfter()));
    assertThat(server.requests()).hasSize(entry.attempts()).hasSizeBetween(8, 20); // backed off, not every 5 s
  }

  @Test
  void tick_slackSpacing_holdsTheNextMessageForASecond() {
    Dispatcher dispatcher = new Dispatcher(outbox, List.of(new Destination("ops",
        Channel.slackWebhook(HTTP, server.uri("/services/x"), TIMEOUT), Duration.ofSeconds(1))), POLICY,
        id -> URI.create("https://rootline.example/" + id), clock, new Random(1));
    record("ops", CHECKOUT_BAD_DEPLOY);
    record("ops", NotifyFixtures.incident(CHECKOUT_BAD_DEPLOY, "inc-other"));

    dispatcher.tick();
    int afterFirstTick = server.requests().size();
    clock.advance(Duration.ofMillis(999));
    dispatcher.tick();
    int justBefore = server.requests().size();
    clock.advance(Duration.ofMillis(1));
    dispatcher.tick();

    assertThat(afterFirstTick).isEqualTo(1);
    assertThat(justBefore).isEqualTo(1);
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void tick_slackBot_updatesTheMessageItPostedFirst() {
    server.byDefault(LocalServer.Answer.of(200, "{\"ok\":true,\"channel\":\"C0OPS\",\"ts\":\"1772446500.000100\"}"));
    Dispatcher dispatcher = dispatcher(new Destination("ops-bot",
        Channel.slackBot(HTTP, server.uri("/api/"), "xoxb-1", "#ops", TIMEOUT), Duration.ZERO));
    record("ops-bot", CHECKOUT_BAD_DEPLOY);
    dispatcher.tick();
    record("ops-bot", NotifyFixtures.revision(CHECKOUT_BAD_DEPLOY, 2, Incident.State.UPDATED));
    dispatcher.tick();

    assertThat(server.requests()).extracting(LocalServer.Request::path)
        .containsExactly("/api/chat.postMessage", "/api/chat.update");
    assertThat(outbox.lastDelivered("inc-checkout-0302", "ops-bot").orElseThrow().reference())
        .isEqualTo("C0OPS/1772446500.000100");
  }

  @Test
  void tick_channelNoLongerConfigured_failsTheEntry() {
    Dispatcher dispatcher = dispatcher(webhook("hook", TIMEOUT));
    record("gone", CHECKOUT_BAD_DEPLOY);

    OutboxEntry entry = dispatcher.tick().get(0);

    assertThat(entry.state()).isEqualTo(OutboxEntry.State.FAILED);
    assertThat(entry.error()).isEqualTo("channel 'gone' is not configured");
    assertThat(entry.attempts()).isZero();
  }

  @Test
  void tick_newDispatcherOverTheSameOutbox_sendsWhatIsLeftOnce() {
    server.then(LocalServer.Answer.of(204, ""), LocalServer.Answer.of(502, "bad gateway"));
    record("hook", CHECKOUT_BAD_DEPLOY);
    record("hook", NotifyFixtures.incident(CHECKOUT_BAD_DEPLOY, "inc-second"));
    dispatcher(webhook("hook", TIMEOUT)).tick(); // first delivered, second to be retried; then the process dies

    clock.advance(Duration.ofMinutes(1));
    Dispatcher restarted = dispatcher(webhook("hook", TIMEOUT));
    restarted.tick();
    restarted.tick();

    assertThat(server.requests()).extracting(r -> r.header("X-Rootline-Delivery"))
        .containsExactly("inc-checkout-0302/1", "inc-second/1", "inc-second/1");
    assertThat(outbox.recent(OutboxEntry.State.DELIVERED, 10)).hasSize(2);
  }

  @Test
  void tick_channelThrows_isRetriedAndTheOthersStillGo() {
    Destination broken = new Destination("broken", notification -> {
      throw new IllegalStateException("bug");
    }, Duration.ZERO);
    Dispatcher dispatcher = new Dispatcher(outbox, List.of(broken, webhook("hook", TIMEOUT)), POLICY,
        id -> URI.create("https://rootline.example/" + id), clock, new Random(7));
    record("broken", CHECKOUT_BAD_DEPLOY);
    record("hook", CHECKOUT_BAD_DEPLOY);

    List<OutboxEntry> done = dispatcher.tick();

    assertThat(done).extracting(OutboxEntry::channel, OutboxEntry::state).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("broken", OutboxEntry.State.PENDING),
        org.assertj.core.groups.Tuple.tuple("hook", OutboxEntry.State.DELIVERED));
    assertThat(done.stream().filter(e -> e.channel().equals("broken")).findFirst().orElseThrow().error())
        .isEqualTo("channel 'broken' failed: java.lang.IllegalStateException: bug");
  }

  @Test
  void tick_twoReplicasOverOneOutbox_sendEachEntryOnce() {
    Dispatcher[] other = new Dispatcher[1];
    List<Integer> sentByOtherWhileSending = new java.util.ArrayList<>();
    Channel first = notification -> {
      sentByOtherWhileSending.add(other[0].tick().size()); // the other replica ticks mid-send
      return Outcome.delivered(null);
    };
    other[0] = dispatcher(webhook("hook", TIMEOUT));
    Dispatcher replica = new Dispatcher(outbox, List.of(new Destination("hook", first, Duration.ZERO)), POLICY,
        id -> URI.create("https://rootline.example/" + id), clock, new Random(7));
    record("hook", CHECKOUT_BAD_DEPLOY);

    replica.tick();

    assertThat(sentByOtherWhileSending).containsExactly(0);
    assertThat(server.requests()).isEmpty();
    assertThat(outbox.recent(null, 10)).extracting(OutboxEntry::state).containsExactly(OutboxEntry.State.DELIVERED);
  }

  @Test
  void backoff_doublesUpToTheCapWithJitter() {
    Random random = new Random(42);
    for (int attempt = 1; attempt <= 10; attempt++) {
      long full = Math.min(60_000, 1000L << (attempt - 1));
      assertThat(POLICY.backoff(attempt, random).toMillis()).isBetween(full / 2, full);
    }
    assertThat(POLICY.backoff(500, random)).isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  private Destination webhook(String name, Duration timeout) {
    return new Destination(name, Channel.webhook(HTTP, server.uri("/hook"), "secret",
        report -> report.id().getBytes(StandardCharsets.UTF_8), timeout, clock), Duration.ZERO);
  }

  private Dispatcher dispatcher(Destination destination) {
    return new Dispatcher(outbox, List.of(destination), POLICY, id -> URI.create("https://rootline.example/" + id),
        clock, new Random(7));
  }

  private void record(String channel, RcaReport report) {
    outbox.record(OutboxEntry.pending(channel, report, clock.instant(), clock.instant()));
  }
}
