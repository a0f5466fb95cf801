package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.change.DeployEvent;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.InMemoryTelemetrySink;
import dev.rootline.simulator.sink.TelemetrySink;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RealtimeSimulationTest {
  private static final Simulation FAST_TICKS = new Simulation(ShopModel.standard(1), SimulationConfig.defaults()
      .withPeakRootRequestsPerSecond(500).withTick(Duration.ofMillis(20)).withMetricsInterval(Duration.ofMillis(100)));

  /** Records what arrives, counts flushes, and notes how far ahead of the clock a span ended. */
  private static final class WatchingSink implements TelemetrySink {
    final InMemoryTelemetrySink memory = new InMemoryTelemetrySink();
    final CountDownLatch metricsArrived = new CountDownLatch(1);
    final AtomicInteger flushes = new AtomicInteger();
    final CountDownLatch spansArrived = new CountDownLatch(1);
    final AtomicLong latestEndAheadNanos = new AtomicLong(Long.MIN_VALUE);
    final Clock clock = Clock.systemUTC();

    @Override
    public void spans(byte[] key, ExportTraceServiceRequest request) {
      Instant now = clock.instant();
      long end = request.getResourceSpansList().stream().flatMap(rs -> rs.getScopeSpansList().stream())
          .flatMap(ss -> ss.getSpansList().stream()).mapToLong(s -> s.getEndTimeUnixNano()).max().orElseThrow();
      latestEndAheadNanos.accumulateAndGet(end - (now.getEpochSecond() * 1_000_000_000L + now.getNano()), Math::max);
      memory.spans(key, request);
      spansArrived.countDown();
    }

    @Override
    public void metrics(ExportMetricsServiceRequest request) {
      memory.metrics(request);
      metricsArrived.countDown();
    }

    @Override
    public void logs(ExportLogsServiceRequest request) {
      memory.logs(request);
    }

    @Override
    public void deploy(DeployEvent event) {
      memory.deploy(event);
    }

    @Override
    public void flush() {
      flushes.incrementAndGet();
    }

    @Override
    public void close() {}
  }

  @Test
  void start_exportsSpansOnlyOnceTheClockHasPassedTheirEnd() throws InterruptedException {
    WatchingSink sink = new WatchingSink();
    RealtimeSimulation live = RealtimeSimulation.start(FAST_TICKS, sink, sink.clock);
    assertThat(sink.spansArrived.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(sink.metricsArrived.await(10, TimeUnit.SECONDS)).isTrue();
    long aheadBeforeClose = sink.latestEndAheadNanos.get();

    live.close();

    assertThat(aheadBeforeClose).isNegative();
  }

  @Test
  void close_stopsTheThreadAndLeavesFlushingToTheSinksClose() throws InterruptedException {
    WatchingSink sink = new WatchingSink();
    RealtimeSimulation live = RealtimeSimulation.start(FAST_TICKS, sink, sink.clock);
    assertThat(sink.spansArrived.await(10, TimeUnit.SECONDS)).isTrue();

    live.close();
    int tracesAtClose = sink.memory.spans().size();

    assertThat(live.isRunning()).isFalse();
    assertThat(sink.flushes).as("a flush could wait forever for a stopped broker").hasValue(0);
    assertThat(sink.memory.spans()).hasSize(tracesAtClose);
  }

  @Test
  void close_stopsAtOnceWhileWaitingForAClockThatStands() {
    WatchingSink sink = new WatchingSink();
    RealtimeSimulation live = RealtimeSimulation.start(FAST_TICKS, sink, Clock.fixed(Fixtures.NOON, ZoneOffset.UTC));

    live.close();

    assertThat(live.isRunning()).isFalse();
    assertThat(sink.memory.deploys()).hasSize(12);
    assertThat(sink.memory.spans()).isEmpty();
  }
}
