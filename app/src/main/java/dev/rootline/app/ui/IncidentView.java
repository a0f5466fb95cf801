package dev.rootline.app.ui;

import dev.rootline.app.report.ReportJson;
import dev.rootline.core.label.Label;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Everything the incident page shows, written out from the report and the incident's labels. */
public record IncidentView(IncidentRow row, int revision, String analysedAt, String verdict, List<CauseView> causes,
    Explanation explanation, List<String> blastServices, List<String> blastEndpoints, List<TimelineView> timeline,
    List<EvidenceView> logTemplates, List<TraceView> traces, List<LabelView> labels, List<String> services,
    List<String> indicators, String reportJson) {

  /** A timeline entry, its time written out. */
  public record TimelineView(String at, String text) {}

  static IncidentView of(RcaReport report, List<Label> labels) {
    List<CauseView> causes = new ArrayList<>();
    for (int i = 0; i < report.candidates().size(); i++) {
      causes.add(CauseView.of(i + 1, report.candidates().get(i)));
    }
    List<EvidenceView> logs = report.candidates().stream().flatMap(c -> c.evidence().stream())
        .filter(e -> e.kind() == Evidence.Kind.LOG_TEMPLATE).map(EvidenceView::of).toList();
    Label latest = labels.isEmpty() ? null : labels.get(labels.size() - 1);
    return new IncidentView(IncidentRow.of(report, latest), report.revision(), Formats.utc(report.analysedAt()),
        Formats.wire(report.verdict()), causes, report.explanation(), report.blastRadius().services(),
        report.blastRadius().endpoints(),
        report.timeline().stream().map(t -> new TimelineView(Formats.utc(t.at()), t.text())).toList(), logs,
        TraceView.of(report.traces(), causes.isEmpty() ? null : causes.get(0).service()),
        labels.stream().map(LabelView::of).toList(), choices(report),
        Arrays.stream(Indicator.values()).map(Indicator::wireName).toList(), scriptSafe(ReportJson.writeString(report)));
  }

  /**
   * The true-cause menu: the ranked candidates best first, then the other services alphabetically, so
   * that the menu opens on the top-ranked cause (the likeliest answer), not on whoever sorts first.
   */
  static List<String> choices(RcaReport report) {
    Set<String> ordered = new LinkedHashSet<>();
    report.candidates().stream().map(Candidate::service).forEach(ordered::add);
    ordered.addAll(services(report));
    return List.copyOf(ordered);
  }

  /** The services a label may name: the incident's, its candidates' and its blast radius'. */
  static Set<String> services(RcaReport report) {
    Set<String> services = new TreeSet<>(report.incident().services());
    report.candidates().stream().map(Candidate::service).forEach(services::add);
    services.addAll(report.blastRadius().services());
    return services;
  }

  public boolean hasCauses() {
    return !causes.isEmpty();
  }

  /** The indicator the form starts on: the top cause's, or none (not sure) when nothing was ranked. */
  public String defaultIndicator() {
    return causes.isEmpty() ? "" : causes.get(0).indicator();
  }

  public CauseView top() {
    return causes.isEmpty() ? null : causes.get(0);
  }

  /** JSON inside a script element: no {@code </script>} can end it early. */
  private static String scriptSafe(String json) {
    return json.replace("<", "\\u003c");
  }
}
