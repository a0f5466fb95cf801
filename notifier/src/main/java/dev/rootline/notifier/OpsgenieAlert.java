package dev.rootline.notifier;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.Candidate;

/**
 * A report as an Opsgenie alert: created with {@code alias} = incident id (Opsgenie folds a repeat
 * into the open alert of the same alias), closed by that alias when the incident resolves.
 */
final class OpsgenieAlert {
  private OpsgenieAlert() {}

  static JsonObject create(Notification notification) {
    var report = notification.report();
    JsonObject alert = new JsonObject();
    alert.addProperty("message", ReportText.shortened(ReportText.title(report), 130));
    alert.addProperty("alias", report.id());
    StringBuilder description = new StringBuilder();
    for (Candidate candidate : ReportText.top(report)) {
      description.append("- ").append(ReportText.cause(candidate)).append('\n');
    }
    ReportText.change(report).ifPresent(change -> description.append("Change: ").append(change).append('\n'));
    if (report.explanation() != null) {
      description.append(report.explanation().summary()).append('\n');
    }
    description.append("Report: ").append(notification.link());
    alert.addProperty("description", ReportText.shortened(description.toString(), 15000));
    alert.addProperty("priority", priority(report.incident().severity()));
    alert.addProperty("source", "Rootline");
    JsonArray tags = new JsonArray();
    tags.add("rootline");
    report.incident().services().forEach(tags::add);
    alert.add("tags", tags);
    JsonObject details = new JsonObject();
    details.addProperty("revision", String.valueOf(report.revision()));
    details.addProperty("verdict", ReportText.name(report.verdict()));
    details.addProperty("report", notification.link().toString());
    alert.add("details", details);
    return alert;
  }

  static JsonObject close(Notification notification) {
    JsonObject close = new JsonObject();
    close.addProperty("source", "Rootline");
    close.addProperty("note", ReportText.resolvedAt(notification.report()));
    return close;
  }

  static String priority(Incident.Severity severity) {
    return switch (severity) {
      case CRITICAL -> "P1";
      case MAJOR -> "P2";
      case MINOR -> "P3";
    };
  }
}
