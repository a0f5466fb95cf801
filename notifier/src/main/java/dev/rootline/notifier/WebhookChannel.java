package dev.rootline.notifier;

import dev.rootline.core.rca.RcaReport;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * Any HTTP endpoint: every revision's whole report as JSON, signed ({@link WebhookSignature}), with
 * {@value #DELIVERY_HEADER} = {@code incident/revision} so that a receiver can drop a repeat
 * (delivery is at least once). Any 2xx is delivered.
 */
final class WebhookChannel implements Channel {
  static final String DELIVERY_HEADER = "X-Rootline-Delivery";
  private final Http http;
  private final URI url;
  private final WebhookSignature signature;
  private final Function<RcaReport, byte[]> json;
  private final Clock clock;

  WebhookChannel(Http http, URI url, WebhookSignature signature, Function<RcaReport, byte[]> json, Clock clock) {
    this.http = http;
    this.url = url;
    this.signature = signature;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public Outcome send(Notification notification) {
    RcaReport report = notification.report();
    byte[] body = json.apply(report);
    long timestamp = clock.instant().getEpochSecond();
    Http.Answer answer = http.postJson(url, Map.of(
        WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
        WebhookSignature.SIGNATURE_HEADER, signature.sign(timestamp, body),
        DELIVERY_HEADER, report.id() + "/" + report.revision()), body);
    return answer.ok() ? Outcome.delivered(report.id() + "/" + report.revision()) : answer.failure();
  }

  @Override
  public String toString() {
    return "webhook to " + Http.host(url);
  }
}
