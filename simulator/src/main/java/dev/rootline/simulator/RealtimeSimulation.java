package dev.rootline.simulator;

import dev.rootline.simulator.sink.TelemetrySink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A simulation running at wall-clock pace on a background daemon thread: each tick is simulated and
 * exported as soon as the clock has passed its end, so telemetry arrives as a live shop's would.
 */
public final class RealtimeSimulation implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RealtimeSimulation.class.getName());
  private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration MAX_WAIT = Duration.ofSeconds(1);

  private final Run run;
  private final TelemetrySink sink;
  private final Clock clock;
  private final Duration tick;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final Thread thread;

  private RealtimeSimulation(Simulation simulation, TelemetrySink sink, Clock clock) {
    this.sink = sink;
    this.clock = clock;
    this.tick = simulation.config().tick();
    this.run = simulation.start(clock.instant(), sink);
    this.thread = new Thread(this::loop, "rootline-simulator");
    thread.setDaemon(true);
  }

  /**
   * Starts simulating from {@code clock.instant()} on. Reports one deploy per service at once.
   * The sink is written from the background thread and stays the caller's to close.
   */
  public static RealtimeSimulation start(Simulation simulation, TelemetrySink sink, Clock clock) {
    RealtimeSimulation live = new RealtimeSimulation(simulation, sink, clock);
    live.thread.start();
    return live;
  }

  /** Whether the background thread is still simulating. */
  public boolean isRunning() {
    return thread.isAlive();
  }

  /**
   * Stops after the tick in progress, waits for the thread to end and exports the requests still in
   * flight. It does not flush the sink: closing the sink does, within the sink's own time limit,
   * while a flush of its own could wait forever for a broker that is already gone (a demo stopped
   * by a signal stops its embedded broker at the same time).
   */
  @Override
  public void close() {
    stop.countDown();
    try {
      thread.join(JOIN_TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!thread.isAlive()) {
      run.finish();
    }
  }

  private void loop() {
    try {
      while (true) {
        Instant next = run.now().plus(tick);
        Duration wait = Duration.between(clock.instant(), next);
        // Waits at most a second at a time, so that a clock set back cannot stall the thread for long.
        long waitNanos = wait.isNegative() ? 0 : (wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait).toNanos();
        // The latch doubles as an interruptible sleep: close() ends the wait at once.
        if (stop.await(waitNanos, TimeUnit.NANOSECONDS)) {
          return;
        }
        if (!clock.instant().isBefore(next)) {
          run.advanceTo(next);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "realtime simulation stopped", e);
    }
  }
}
