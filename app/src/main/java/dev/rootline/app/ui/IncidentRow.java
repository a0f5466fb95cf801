package dev.rootline.app.ui;

import dev.rootline.core.incident.Symptom;
import dev.rootline.core.label.Label;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.RcaReport;
import java.util.List;

/** One line of the incident list, written out for the template. */
public record IncidentRow(String id, String state, boolean open, String severity, String onset, String lastSeen,
    List<String> entryServices, String topCause, String confidence, String labelStatus, boolean labelled) {

  /** The row of a report and its latest label, null when it has none. */
  static IncidentRow of(RcaReport report, Label latest) {
    var incident = report.incident();
    Candidate top = report.candidates().isEmpty() ? null : report.candidates().get(0);
    return new IncidentRow(incident.id(), Formats.wire(incident.state()),
        incident.resolved() == null, Formats.wire(incident.severity()), Formats.utc(incident.onset()),
        Formats.utc(incident.lastSeen()), entryServices(report),
        top == null ? "no clear cause" : top.service() + " (" + top.indicator().wireName() + ")",
        top == null ? "" : Formats.percent(top.confidence()), LabelView.status(latest), latest != null);
  }

  /** The services whose entry endpoints are hurt; the blast radius when no symptom is at an entry. */
  static List<String> entryServices(RcaReport report) {
    List<String> entries = report.incident().symptoms().stream().filter(Symptom::entry).map(Symptom::service)
        .distinct().sorted().toList();
    return entries.isEmpty() ? report.blastRadius().services() : entries;
  }
}
