package dev.rootline.app.report;

import dev.rootline.app.kafka.Publisher;
import dev.rootline.core.rca.RcaReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Writes reports to {@code rootline.reports} ({@code rootline.topics.reports}), keyed by incident id. */
@ApplicationScoped
public class ReportPublisher {
  private final Emitter<byte[]> out;

  ReportPublisher(@Channel("reports-out") Emitter<byte[]> out) {
    this.out = out;
  }

  /** Completes when the broker has the record; fails when it refuses it or does not answer in time. */
  public CompletionStage<Void> publish(RcaReport report) {
    return Publisher.send(out, report.id(), ReportJson.write(report));
  }
}
