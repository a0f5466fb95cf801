package dev.rootline.notifier;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.Candidate;
import java.net.URI;

/**
 * A report as a PagerDuty Events API v2 event: {@code trigger} while the incident lasts (PagerDuty
 * folds repeats with the same {@code dedup_key}, the incident id, into one alert) and {@code resolve}
 * when it is over. Severity: critical stays critical, major is {@code error}, minor {@code warning}.
 */
final class PagerDutyEvent {
  private PagerDutyEvent() {}

  static JsonObject of(Notification notification, String routingKey) {
    JsonObject event = new JsonObject();
    event.addProperty("routing_key", routingKey);
    event.addProperty("dedup_key", notification.report().id());
    if (notification.isResolved()) {
      event.addProperty("event_action", "resolve");
      return event;
    }
    event.addProperty("event_action", "trigger");
    event.add("payload", payload(notification));
    JsonArray links = new JsonArray();
    JsonObject link = new JsonObject();
    link.addProperty("href", notification.link().toString());
    link.addProperty("text", "Open report in Rootline");
    links.add(link);
    event.add("links", links);
    event.addProperty("client", "Rootline");
    event.addProperty("client_url", notification.link().toString());
    return event;
  }

  private static JsonObject payload(Notification notification) {
    var report = notification.report();
    JsonObject payload = new JsonObject();
    payload.addProperty("summary", ReportText.shortened(ReportText.title(report), 1024));
    payload.addProperty("source", "rootline");
    payload.addProperty("severity", severity(report.incident().severity()));
    payload.addProperty("timestamp", report.incident().onset().toString());
    if (!report.candidates().isEmpty()) {
      payload.addProperty("component", report.candidates().get(0).service());
    }
    payload.addProperty("class", ReportText.name(report.verdict()));
    JsonObject details = new JsonObject();
    JsonArray causes = new JsonArray();
    for (Candidate candidate : ReportText.top(report)) {
      causes.add(ReportText.cause(candidate));
    }
    details.add("causes", causes);
    ReportText.change(report).ifPresent(change -> details.addProperty("change", change));
    if (report.explanation() != null) {
      details.addProperty("explanation", report.explanation().summary());
    }
    details.addProperty("revision", report.revision());
    details.addProperty("report", notification.link().toString());
    payload.add("custom_details", details);
    return payload;
  }

  static String severity(Incident.Severity severity) {
    return switch (severity) {
      case CRITICAL -> "critical";
      case MAJOR -> "error";
      case MINOR -> "warning";
    };
  }
}
