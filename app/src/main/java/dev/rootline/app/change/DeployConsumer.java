package dev.rootline.app.change;

import dev.rootline.app.ingest.IngestMetrics;
import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.change.DeployLog;
import dev.rootline.ingest.otlp.InvalidRecordException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Reads DeployEvent JSON from {@code rootline.deploys}; bad events go to the dead-letter topic. */
@ApplicationScoped
public class DeployConsumer {
  private final DeployLog deploys;
  private final IngestMetrics metrics;

  DeployConsumer(DeployLog deploys, IngestMetrics metrics) {
    this.deploys = deploys;
    this.metrics = metrics;
  }

  @Incoming("deploys")
  public CompletionStage<Void> deploy(Message<byte[]> record) {
    try {
      if (record.getPayload() == null) {
        throw new InvalidRecordException("empty record (no value)");
      }
      deploys.add(DeployEventJson.read(record.getPayload()));
      metrics.deployAccepted();
      return record.ack();
    } catch (InvalidRecordException e) {
      metrics.deployDeadLettered();
      return record.nack(e);
    }
  }
}
