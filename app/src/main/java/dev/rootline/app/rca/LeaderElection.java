package dev.rootline.app.rca;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

/**
 * Kafka chooses the leader: every process joins one consumer group on a topic of one partition, and
 * the member that is assigned that partition leads. A member that leaves (shutdown) hands it on at
 * once; one that dies (SIGKILL) after the session timeout. The topic carries no records; the
 * consumer only polls to stay in the group. Leadership ends when the partition is revoked or lost,
 * and when this process stops: then {@link #isLeader()} turns false before the next tick can use it.
 * Two leaders can overlap briefly (a member cut off from the broker learns it lost the partition
 * only when it polls again); the report store's revision guard and the outbox's unique keys make a
 * doubled report harmless.
 */
final class LeaderElection implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(LeaderElection.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final String topic;
  private final AtomicBoolean leader = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong elections = new AtomicLong();
  private final Thread thread;

  /**
   * Joins the group and starts polling on a thread of its own.
   *
   * @param sessionTimeout how soon the broker gives a silent member's partition to another
   */
  LeaderElection(String bootstrapServers, String groupId, String topic, Duration sessionTimeout) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
    props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, sessionTimeout.toMillis() / 4));
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-" + ProcessHandle.current().pid());
    this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.topic = topic;
    this.thread = new Thread(this::run, "rootline-rca-leader");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Whether this process holds the leader topic's partition now. */
  boolean isLeader() {
    return leader.get() && running.get();
  }

  /** How often this process became the leader. */
  long elections() {
    return elections.get();
  }

  private void run() {
    try {
      consumer.subscribe(List.of(topic), new Listener());
      while (running.get()) {
        try {
          consumer.poll(POLL);
        } catch (WakeupException e) {
          // close() asked us to stop
        } catch (RuntimeException e) {
          // The broker may be away for a while: not a leader until the group says so again.
          leader.set(false);
          LOG.warnf("leader election: %s; retrying", e.getMessage());
          pause();
        }
      }
    } finally {
      leader.set(false);
      consumer.close(Duration.ofSeconds(5)); // leaves the group: another member takes over at once
    }
  }

  private void pause() {
    try {
      Thread.sleep(POLL.toMillis()); // a back-off between failed polls, not a test's wait
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }

  /** Gives up the leadership and leaves the group; blocks until the consumer has closed. */
  @Override
  public void close() {
    leader.set(false);
    running.set(false);
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Listener implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (!partitions.isEmpty() && !leader.getAndSet(true)) {
        elections.incrementAndGet();
        LOG.infof("this process now leads root cause analysis (%s)", partitions);
      }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (!partitions.isEmpty() && leader.getAndSet(false)) {
        LOG.infof("this process no longer leads root cause analysis");
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      onPartitionsRevoked(partitions);
    }
  }
}
