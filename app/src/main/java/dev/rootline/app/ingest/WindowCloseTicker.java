package dev.rootline.app.ingest;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Closes span windows every quarter second, on a thread of its own. Quarkus' scheduler runs an
 * {@code every} below one second only once a second (it warns so), and with a learned grace near a
 * second, a one-second tick would add up to half the delay (ADR 019). Runs never overlap: the next
 * starts a quarter second after the previous ended.
 */
@ApplicationScoped
class WindowCloseTicker {
  private static final Logger LOG = Logger.getLogger(WindowCloseTicker.class);
  private static final long TICK_MILLIS = 250;
  private static final long FIRST_TICK_MILLIS = 3_000;

  private final SpanPipeline spans;
  private ScheduledExecutorService ticker;

  WindowCloseTicker(SpanPipeline spans) {
    this.spans = spans;
  }

  void onStart(@Observes StartupEvent started) {
    ticker = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "rootline-span-windows");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleWithFixedDelay(this::tick, FIRST_TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent stopping) {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }

  private void tick() {
    try {
      spans.closeWindows();
    } catch (RuntimeException e) {
      // An executor stops a task that throws; one bad tick must not stop windows from closing.
      LOG.error("closing span windows failed; trying again next tick", e);
    }
  }
}
