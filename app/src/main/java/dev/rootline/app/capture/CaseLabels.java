package dev.rootline.app.capture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.label.Label;
import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code label.json} of an exported incident, as the eval reads it: the fault starts at the
 * incident's onset (ends when it resolved), its type is {@value #TYPE}, and the root cause is the
 * service the person confirmed, with the indicator they gave, else the report's for that service.
 * Who labelled it is left out; the note is redacted.
 */
final class CaseLabels {
  /** The fault type of every exported incident: a person, not a simulator, says what it was. */
  static final String TYPE = "labelled";
  private static final int MAX_NOTE = 200;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CaseLabels() {}

  static void write(Path file, RcaReport report, Label label) throws IOException {
    Incident incident = report.incident();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", incident.id());
    root.put("caption", caption(report, label));
    root.put("system", "rootline");
    ObjectNode fault = root.putObject("fault");
    fault.put("type", TYPE);
    fault.put("start", incident.onset().toString());
    if (incident.resolved() != null) {
      fault.put("end", incident.resolved().toString());
    }
    ObjectNode cause = root.putObject("root_cause");
    cause.put("service", label.service());
    Indicator indicator = indicator(report, label);
    if (indicator != null) {
      cause.put("indicator", indicator.wireName());
    }
    Files.writeString(file, MAPPER.writeValueAsString(root) + "\n");
  }

  static Indicator indicator(RcaReport report, Label label) {
    if (label.indicator() != null) {
      return label.indicator();
    }
    return report.candidates().stream().filter(c -> c.service().equals(label.service()))
        .map(Candidate::indicator).findFirst().orElse(null);
  }

  private static String caption(RcaReport report, Label label) {
    String note = Redactor.standard().redact(label.note().strip().replaceAll("\\s+", " "));
    if (note.length() > MAX_NOTE) {
      note = note.substring(0, MAX_NOTE) + "…";
    }
    String caption = "incident " + report.incident().id() + " (" + report.incident().services().size()
        + " services), cause confirmed: " + label.service();
    return note.isEmpty() ? caption : caption + " — " + note;
  }
}
