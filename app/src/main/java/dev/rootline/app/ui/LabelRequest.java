package dev.rootline.app.ui;

import dev.rootline.core.label.Label;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import java.time.Instant;
import java.util.Set;

/**
 * The body of {@code POST /api/incidents/{id}/label}: the true cause of the incident as a person
 * names it. {@link #toLabel} checks it against the incident's report.
 *
 * @param service   the true cause; one of the incident's services, candidates or blast radius
 * @param indicator what kind of cause, by wire name ({@code code-change}); absent when not known
 * @param note      free text, at most {@value #MAX_NOTE} characters
 * @param by        who says so, at most {@value #MAX_BY} characters; {@code api} when absent
 */
public record LabelRequest(String service, String indicator, String note, String by) {
  static final int MAX_NOTE = 2000;
  static final int MAX_BY = 255;

  /** A request that does not make a label; the message says why. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** The same request said by {@code who}. */
  LabelRequest by(String who) {
    return new LabelRequest(service, indicator, note, who);
  }

  /** The label this request gives the report's incident, as an API label confirming the cause. */
  Label toLabel(RcaReport report, Instant at) throws Invalid {
    Set<String> known = IncidentView.services(report);
    if (service == null || service.isBlank()) {
      throw new Invalid("service is required: the service that caused the incident");
    }
    if (!known.contains(service)) {
      throw new Invalid("unknown service '" + service + "': incident " + report.id() + " knows " + known);
    }
    Indicator kind = null;
    if (indicator != null && !indicator.isBlank()) {
      try {
        kind = Indicator.ofWireName(indicator.trim());
      } catch (IllegalArgumentException e) {
        throw new Invalid(e.getMessage());
      }
    }
    String text = note == null ? "" : note;
    if (text.length() > MAX_NOTE) {
      throw new Invalid("note is " + text.length() + " characters, at most " + MAX_NOTE + " are kept");
    }
    String who = by == null || by.isBlank() ? "api" : by.trim();
    if (who.length() > MAX_BY) {
      throw new Invalid("by is longer than " + MAX_BY + " characters");
    }
    return new Label(report.id(), report.revision(), Label.Verdict.CONFIRMED, service, kind, text, who, at,
        Label.Source.API);
  }
}
