package dev.rootline.app.anomaly;

import dev.rootline.anomaly.Observations;
import dev.rootline.anomaly.PartialWindows.Sender;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.Window;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes closed windows as observations on {@code rootline.windows}, keyed by series and stamped
 * with the window's end, so the anomaly stage's stream time is event time. Each says which source
 * closed it with what grace, which replica, and how far that replica has closed the source's
 * windows ({@link SenderHeaders}), so the anomaly stage knows when the other replicas' shares of the
 * same window are all in.
 */
@ApplicationScoped
public class ObservationPublisher {
  @Inject
  @Channel("windows-out")
  @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 65_536)
  Emitter<byte[]> out;

  /** This process, in the headers: partials of one replica are told from another's. */
  private final String replica = UUID.randomUUID().toString();

  /**
   * Publishes the observations of request windows that just closed with the grace given, every
   * window ending at or before {@code closedThroughMillis} being closed.
   */
  public void windows(List<Window> closed, long graceMillis, long closedThroughMillis) {
    Sender sender = sender(Sender.SPANS, graceMillis, closedThroughMillis);
    for (Window window : closed) {
      Observations.of(window.summary()).forEach(o -> publish(o, sender));
    }
  }

  /** This replica as the sender of a source's windows. */
  public Sender sender(String source, long graceMillis, long closedThroughMillis) {
    return new Sender(source, graceMillis, replica, closedThroughMillis);
  }

  /** Publishes observations made elsewhere (metric and log series). */
  public void publish(Observation observation, Sender sender) {
    OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
        .withKey(observation.series().id())
        .withTimestamp(Instant.ofEpochMilli(observation.windowEndMillis()))
        .addHeaders(SenderHeaders.of(sender))
        .build();
    out.send(Message.of(ObservationJson.write(observation)).addMetadata(metadata));
  }
}
