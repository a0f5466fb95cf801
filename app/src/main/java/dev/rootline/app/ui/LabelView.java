package dev.rootline.app.ui;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.rootline.core.label.Label;

/** A label as the pages and {@code GET /api/incidents/{id}/labels} show it (snake_case, as reports). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LabelView(String incidentId, int revision, String verdict, String service, String indicator,
    String note, String by, String at, String source) {

  public static LabelView of(Label label) {
    return new LabelView(label.incidentId(), label.revision(), Formats.wire(label.verdict()), label.service(),
        label.indicator() == null ? null : label.indicator().wireName(), label.note(), label.by(),
        label.at().toString(), Formats.wire(label.source()));
  }

  /** One phrase for the incident list: what the latest label says, or that there is none. */
  static String status(Label latest) {
    if (latest == null) {
      return "unlabelled";
    }
    String cause = latest.service() + (latest.indicator() == null ? "" : " (" + latest.indicator().wireName() + ")");
    return (latest.verdict() == Label.Verdict.CONFIRMED ? "cause: " : "not: ") + cause;
  }
}
