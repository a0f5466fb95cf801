package dev.rootline.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.app.Receiver;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.app.report.ReportJson;
import dev.rootline.app.report.TestDatabases;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.notifier.Channel;
import dev.rootline.notifier.DeliveryPolicy;
import dev.rootline.notifier.Destination;
import dev.rootline.notifier.Dispatcher;
import dev.rootline.notifier.Outbox;
import dev.rootline.notifier.OutboxEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that dies mid-delivery, and the next one started over the same H2 file: nothing is
 * lost, nothing delivered is sent again, and the one send whose result was never written goes
 * again with the same delivery id once the dead process's claim lapses (at least once, so that the
 * receiver can drop the repeat).
 */
class RestartDeliveryTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:20:00Z");
  private static final DeliveryPolicy POLICY =
      new DeliveryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1), 50, Duration.ofSeconds(30));
  private final Receiver receiver = newReceiver();

  @TempDir
  Path directory;

  @AfterEach
  void close() {
    receiver.close();
  }

  @Test
  void tick_afterRestart_sendsOnlyWhatWasNotDelivered() throws Exception {
    DataSource database = TestDatabases.h2(directory);
    RcaReport first = ReportFixtures.report("inc-restart-a", 1, T0, T0);
    RcaReport second = ReportFixtures.report("inc-restart-b", 1, T0, T0);
    recordAll(database, first, second);
    receiver.failNext(1, 503);
    dispatcher(new JdbcOutbox(database), Clock.fixed(T0, ZoneOffset.UTC)).tick(); // one fails, one is delivered

    DataSource reopened = TestDatabases.h2(directory); // a new process: new pool, same file
    dispatcher(new JdbcOutbox(reopened), Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC)).tick();
    dispatcher(new JdbcOutbox(reopened), Clock.fixed(T0.plusSeconds(120), ZoneOffset.UTC)).tick();

    // a was answered 503 before the restart, b was delivered; after it, a alone goes again, once.
    assertThat(deliveries()).containsExactly("inc-restart-a/1", "inc-restart-b/1", "inc-restart-a/1");
    assertThat(new JdbcOutbox(reopened).recent(OutboxEntry.State.DELIVERED, 10)).hasSize(2);
    assertThat(new JdbcOutbox(reopened).due(T0.plusSeconds(3600), 10)).isEmpty();
  }

  @Test
  void tick_diedAfterSendingBeforeWritingTheResult_sendsAgainWithTheSameDeliveryId() throws Exception {
    DataSource database = TestDatabases.h2(directory);
    RcaReport report = ReportFixtures.report("inc-restart-c", 1, T0, T0);
    recordAll(database, report);
    Outbox dying = new DyingOutbox(new JdbcOutbox(database));

    assertThatThrownBy(() -> dispatcher(dying, Clock.fixed(T0, ZoneOffset.UTC)).tick())
        .hasMessageContaining("died");
    Outbox reopened = new JdbcOutbox(TestDatabases.h2(directory));
    dispatcher(reopened, Clock.fixed(T0.plusSeconds(29), ZoneOffset.UTC)).tick(); // still held by the dead one
    int whileHeld = receiver.size();
    dispatcher(reopened, Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC)).tick();

    assertThat(whileHeld).isEqualTo(1);

    assertThat(deliveries()).containsExactly("inc-restart-c/1", "inc-restart-c/1");
    assertThat(new JdbcOutbox(database).lastDelivered("inc-restart-c", "hook")).isPresent();
  }

  private void recordAll(DataSource database, RcaReport... reports) {
    Outbox outbox = new JdbcOutbox(database);
    for (RcaReport report : reports) {
      TestDatabases.reports(database).save(report);
      outbox.record(OutboxEntry.pending("hook", report, T0, T0));
    }
  }

  private Dispatcher dispatcher(Outbox outbox, Clock clock) {
    Channel webhook = Channel.webhook(HttpClient.newHttpClient(), URI.create(receiver.url("/hook")), "k",
        ReportJson::write, Duration.ofSeconds(5), clock);
    return new Dispatcher(outbox, List.of(new Destination("hook", webhook, Duration.ZERO)), POLICY,
        id -> URI.create("http://localhost/api/incidents/" + id), clock, new Random(1));
  }

  private List<String> deliveries() throws InterruptedException {
    List<String> ids = new ArrayList<>();
    for (Receiver.Request request = receiver.take(0); request != null; request = receiver.take(0)) {
      ids.add(request.headers().get("X-Rootline-Delivery"));
    }
    return ids;
  }

  private static Receiver newReceiver() {
    try {
      return new Receiver();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The outbox of a process that dies when it writes its first result. */
  private record DyingOutbox(Outbox outbox) implements Outbox {
    @Override
    public boolean record(OutboxEntry entry) {
      return outbox.record(entry);
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
      return outbox.due(now, limit);
    }

    @Override
    public boolean claim(OutboxEntry entry, Instant until) {
      return outbox.claim(entry, until);
    }

    @Override
    public void update(OutboxEntry entry) {
      throw new IllegalStateException("process died before writing " + entry.incidentId());
    }

    @Override
    public Optional<OutboxEntry> latest(String incidentId, String channel) {
      return outbox.latest(incidentId, channel);
    }

    @Override
    public Optional<OutboxEntry> lastDelivered(String incidentId, String channel) {
      return outbox.lastDelivered(incidentId, channel);
    }

    @Override
    public List<OutboxEntry> recent(OutboxEntry.State state, int limit) {
      return outbox.recent(state, limit);
    }
  }
}
