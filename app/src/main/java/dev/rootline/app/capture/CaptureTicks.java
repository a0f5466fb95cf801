package dev.rootline.app.capture;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Extends the open incident captures every {@code rootline.capture.tick}, and once an hour forgets
 * the captures of incidents nobody labelled within {@code rootline.capture.keep-unlabelled}.
 */
@ApplicationScoped
class CaptureTicks {
  private static final Logger LOG = Logger.getLogger(CaptureTicks.class);

  private final TelemetryCapture capture;
  private final CaptureStore store;
  private final CaptureConfig config;
  private final Clock clock;

  CaptureTicks(TelemetryCapture capture, CaptureStore store, CaptureConfig config, Clock clock) {
    this.capture = capture;
    this.store = store;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(every = "${rootline.capture.tick:15s}", delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void flush() {
    capture.flush();
  }

  @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void expire() {
    try {
      int expired = store.expireUnlabelled(clock.instant().minus(config.keepUnlabelled()));
      if (expired > 0) {
        LOG.infof("forgot the telemetry of %d unlabelled incidents older than %s", expired, config.keepUnlabelled());
      }
    } catch (RuntimeException e) {
      LOG.warnf("could not expire captured telemetry: %s", e.getMessage());
    }
  }
}
