package dev.rootline.notifier;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.Candidate;

/**
 * A report as a Teams message holding one Adaptive Card (version 1.4, which both incoming webhooks
 * and Workflows render): the title, the top causes as facts, the change, the explanation, and a
 * button that opens the report.
 */
final class TeamsCard {
  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

  private TeamsCard() {}

  static JsonObject message(Notification notification) {
    JsonObject attachment = new JsonObject();
    attachment.addProperty("contentType", CONTENT_TYPE);
    attachment.add("content", card(notification));
    JsonArray attachments = new JsonArray();
    attachments.add(attachment);
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.add("attachments", attachments);
    return message;
  }

  private static JsonObject card(Notification notification) {
    var report = notification.report();
    JsonArray body = new JsonArray();
    JsonObject title = text(ReportText.title(report));
    title.addProperty("size", "Large");
    title.addProperty("weight", "Bolder");
    title.addProperty("color", report.incident().state() == Incident.State.RESOLVED ? "Good" : "Attention");
    body.add(title);
    JsonArray facts = new JsonArray();
    int rank = 1;
    for (Candidate candidate : ReportText.top(report)) {
      facts.add(fact(rank++ + ".", ReportText.cause(candidate)));
    }
    ReportText.change(report).ifPresent(change -> facts.add(fact("Change", change)));
    facts.add(fact("Severity", ReportText.name(report.incident().severity())));
    facts.add(fact("Verdict", ReportText.name(report.verdict())));
    JsonObject factSet = new JsonObject();
    factSet.addProperty("type", "FactSet");
    factSet.add("facts", facts);
    body.add(factSet);
    if (report.explanation() != null) {
      body.add(text(report.explanation().summary()));
    }
    JsonObject open = new JsonObject();
    open.addProperty("type", "Action.OpenUrl");
    open.addProperty("title", "Open report");
    open.addProperty("url", notification.link().toString());
    JsonArray actions = new JsonArray();
    actions.add(open);
    JsonObject card = new JsonObject();
    card.addProperty("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.addProperty("type", "AdaptiveCard");
    card.addProperty("version", "1.4");
    card.add("body", body);
    card.add("actions", actions);
    return card;
  }

  private static JsonObject text(String value) {
    JsonObject block = new JsonObject();
    block.addProperty("type", "TextBlock");
    block.addProperty("text", value);
    block.addProperty("wrap", true);
    return block;
  }

  private static JsonObject fact(String title, String value) {
    JsonObject fact = new JsonObject();
    fact.addProperty("title", title);
    fact.addProperty("value", value);
    return fact;
  }
}
