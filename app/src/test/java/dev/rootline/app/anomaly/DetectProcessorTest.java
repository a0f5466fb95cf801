package dev.rootline.app.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.anomaly.DetectorCatalog;
import dev.rootline.anomaly.PartialWindows.Sender;
import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.SeriesKey;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The anomaly stage's processor on Kafka Streams' test driver, with a controlled wall clock: the
 * partial windows replicas publish of one series are judged as whole windows.
 */
class DetectProcessorTest {
  private static final SeriesKey CHECKOUT = new SeriesKey.Operation("checkout", "POST /pay", "");
  private static final long W = 10_000;
  private static final long T0 = 1_800_000_000_000L;

  @TempDir
  Path stateDir;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> windows;
  private TestOutputTopic<String, byte[]> anomalies;

  @BeforeEach
  void start() throws Exception {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "detect-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(stateDir.resolve("streams")).toString());
    driver = new TopologyTestDriver(AnomalyStage.topology(DetectorCatalog.standard(),
        new AnomalyStageMetrics(registry), Duration.ofSeconds(2), "windows", "anomalies"), props,
        Instant.ofEpochMilli(T0));
    windows = driver.createInputTopic("windows", Serdes.String().serializer(), Serdes.ByteArray().serializer());
    anomalies = driver.createOutputTopic("anomalies", Serdes.String().deserializer(),
        Serdes.ByteArray().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void twoPartialsOfOneWindowAreJudgedAsTheirSum() {
    for (int i = 0; i < 40; i++) {
      window(i, 30 + wobble(i));
    }
    for (int i = 40; i < 50; i++) {
      window(i, 10 + wobble(i), 20); // two replicas' shares of the same traffic: no drop
    }
    window(50, 30);
    assertThat(rateAnomalies()).isEmpty();
    assertThat(partials("merged")).isEqualTo(10);
  }

  @Test
  void baselineOfTwoReplicasThenOneReplicaTakingAllIsNoRateAnomaly() {
    // The old engine judged whichever partial came first (10/s) and saw 30/s as a spike at takeover.
    for (int i = 0; i < 60; i++) {
      window(i, 10 + wobble(i), 20);
    }
    for (int i = 60; i < 80; i++) {
      window(i, 30 + wobble(i));
    }
    assertThat(rateAnomalies()).isEmpty();
    assertThat(partials("late")).isZero();
  }

  @Test
  void aRealSpikeIsStillFound() {
    for (int i = 0; i < 60; i++) {
      window(i, 10 + wobble(i), 20);
    }
    for (int i = 60; i < 70; i++) {
      window(i, 100 + wobble(i), 200);
    }
    assertThat(rateAnomalies()).extracting(Anomaly::detector).contains("rate.spike");
  }

  @Test
  void aLaterWindowHandsOnTheEarlierWithoutWaiting() {
    // No wall-clock time passes at all: windows are judged as the next one arrives, summed.
    for (int i = 0; i < 40; i++) {
      partial(i, 30 + wobble(i));
    }
    for (int i = 40; i < 50; i++) {
      partial(i, 10);
      partial(i, 20);
    }
    partial(50, 30);
    assertThat(rateAnomalies()).isEmpty();
    assertThat(partials("merged")).isEqualTo(10);
  }

  @Test
  void aPartialAfterItsWindowWasJudgedIsCountedLateAndDropped() {
    for (int i = 0; i < 40; i++) {
      window(i, 30 + wobble(i));
    }
    partial(40, 30);
    driver.advanceWallClockTime(Duration.ofSeconds(3)); // settled and judged
    partial(40, 30); // would double the rate if merged again
    driver.advanceWallClockTime(Duration.ofSeconds(7));
    for (int i = 41; i < 50; i++) {
      window(i, 30 + wobble(i));
    }
    assertThat(partials("late")).isEqualTo(1);
    assertThat(rateAnomalies()).isEmpty();
  }

  @Test
  void theShareOfAReplicaClosingWithALongerGraceIsWaitedFor() {
    Sender learnt = new Sender("spans", 1_000);
    Sender starting = new Sender("spans", 5_000); // a replica that just started: 4 s later each window
    for (int i = 0; i < 40; i++) {
      partial(i, 30 + wobble(i), learnt);
      driver.advanceWallClockTime(Duration.ofMillis(W));
    }
    for (int i = 40; i < 50; i++) {
      partial(i, 10 + wobble(i), learnt);
      driver.advanceWallClockTime(Duration.ofSeconds(4));
      partial(i, 20, starting);
      driver.advanceWallClockTime(Duration.ofSeconds(6));
    }
    // Only the starting replica's first share came before its longer grace was known.
    assertThat(partials("late")).isEqualTo(1);
    assertThat(partials("merged")).isEqualTo(9);
    assertThat(registry.find("rootline.anomaly.partials").tag("outcome", "late").tag("source", "spans").counter())
        .isNotNull(); // counted by the source of the window, so an operator sees which signal lost shares
  }

  @Test
  void aBacklogReadByTwoReplicasAtTheirOwnPaceIsJudgedWhole() {
    // Ten minutes of windows read after an outage: replica a publishes them all, b some seconds later.
    driver.advanceWallClockTime(Duration.ofMinutes(10));
    for (int i = 0; i < 50; i++) {
      partial(i, 20 + wobble(i), new Sender("spans", 1_000, "a", T0 + (i + 1) * W));
    }
    progress(new Sender("spans", 1_000, "a", T0 + 50 * W));
    driver.advanceWallClockTime(Duration.ofSeconds(5));
    for (int i = 0; i < 50; i++) {
      partial(i, 10, new Sender("spans", 1_000, "b", T0 + (i + 1) * W));
    }
    progress(new Sender("spans", 1_000, "b", T0 + 50 * W));
    driver.advanceWallClockTime(Duration.ofSeconds(1));
    assertThat(partials("late")).isZero();
    assertThat(partials("merged")).isEqualTo(50);
    assertThat(rateAnomalies()).isEmpty();
  }

  @Test
  void aReplicasProgressRecordIsNoObservation() {
    progress(new Sender("spans", 1_000, "a", T0 + W));
    assertThat(registry.counter("rootline.anomaly.observations").count()).isZero();
    assertThat(registry.counter("rootline.anomaly.observations.invalid").count()).isZero();
    assertThat(anomalies.isEmpty()).isTrue();
  }

  /** A replica's progress record: an empty value with its headers, on the partition. */
  private void progress(Sender sender) {
    windows.pipeInput(new TestRecord<>(null, new byte[0], new RecordHeaders(SenderHeaders.of(sender)),
        sender.closedThroughMillis()));
  }

  /** One window as the replicas publish it (each a share of its rate), then the window's wall-clock time. */
  private void window(int index, double... shares) {
    for (double share : shares) {
      partial(index, share);
    }
    driver.advanceWallClockTime(Duration.ofMillis(W));
  }

  private void partial(int index, double rate) {
    partial(index, rate, Sender.UNKNOWN);
  }

  private void partial(int index, double rate, Sender sender) {
    long start = T0 + index * W;
    Observation o = new Observation(CHECKOUT, "rate", start, W, rate, Math.round(rate * W / 1000));
    windows.pipeInput(new TestRecord<>("checkout", ObservationJson.write(o),
        new RecordHeaders(SenderHeaders.of(sender)), start + W));
  }

  private static double wobble(int i) {
    return (i % 3) - 1; // -1, 0, 1: a little noise so the baseline has a spread
  }

  private List<Anomaly> rateAnomalies() {
    return anomalies.readValuesToList().stream().map(AnomalyJson::read)
        .filter(a -> a.signal().equals("rate")).toList();
  }

  private double partials(String outcome) {
    return registry.find("rootline.anomaly.partials").tag("outcome", outcome).counters().stream()
        .mapToDouble(Counter::count).sum();
  }
}
