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
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes closed windows as observations on {@code rootline.windows}, keyed by series and stamped
 * with the window's end, so the anomaly stage's stream time is event time. Each says which source
 * closed it with what grace ({@link SenderHeaders}), so the anomaly stage knows how long to wait
 * for other replicas' shares of the same window.
 */
@ApplicationScoped
public class ObservationPublisher {
  @Inject
  @Channel("windows-out")
  @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 65_536)
  Emitter<byte[]> out;

  /** Publishes the observations of request windows that just closed with the grace given. */
  public void windows(List<Window> closed, long graceMillis) {
    Sender sender = new Sender(Sender.SPANS, graceMillis);
    for (Window window : closed) {
      Observations.of(window.summary()).forEach(o -> publish(o, sender));
    }
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
