package dev.rootline.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.RcaReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one JSON form of {@link RcaReport}: the stored document, the {@code rootline.reports} record
 * and the {@code /api/incidents/{id}} body. Field names are snake_case, times RFC 3339 in UTC,
 * enums lower case with dashes ({@code code-change}, {@code low-confidence}), figures that are NaN
 * are null (JSON has no NaN). Unknown fields are ignored, so older code reads newer documents.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .addModule(new JavaTimeModule())
      .addModule(WireFormat.module())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private ReportJson() {}

  public static byte[] write(RcaReport report) {
    return writeString(report).getBytes(StandardCharsets.UTF_8);
  }

  public static String writeString(RcaReport report) {
    try {
      return MAPPER.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report " + report.id() + " as JSON", e);
    }
  }

  /** @throws IllegalArgumentException when the bytes are not a report */
  public static RcaReport read(byte[] json) {
    try {
      return MAPPER.readValue(json, RcaReport.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a report: " + e.getMessage(), e);
    }
  }

  /** @throws IllegalArgumentException when the text is not a report */
  public static RcaReport read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * One row of the incident list: the incident's state and times, the verdict and the first
   * candidate ({@code top_cause}, null when nothing was scored).
   */
  public static ObjectNode summary(RcaReport report) {
    var incident = report.incident();
    ObjectNode row = MAPPER.createObjectNode();
    row.put("id", incident.id());
    row.put("revision", report.revision());
    row.put("state", WireFormat.name(incident.state()));
    row.put("severity", WireFormat.name(incident.severity()));
    row.put("onset", incident.onset().toString());
    row.put("last_seen", incident.lastSeen().toString());
    row.put("resolved", incident.resolved() == null ? null : incident.resolved().toString());
    row.set("services", MAPPER.valueToTree(incident.services()));
    row.put("verdict", WireFormat.name(report.verdict()));
    topCause(report.candidates(), row);
    return row;
  }

  /** The services as a JSON array, as the store's {@code services} column holds them. */
  static String services(List<String> services) {
    try {
      return MAPPER.writeValueAsString(services);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void topCause(List<Candidate> candidates, ObjectNode row) {
    if (candidates.isEmpty()) {
      row.putNull("top_cause");
      return;
    }
    Candidate top = candidates.get(0);
    ObjectNode cause = row.putObject("top_cause");
    cause.put("service", top.service());
    cause.put("indicator", top.indicator().wireName());
    if (Double.isNaN(top.confidence())) {
      cause.putNull("confidence");
    } else {
      cause.put("confidence", top.confidence());
    }
  }
}
