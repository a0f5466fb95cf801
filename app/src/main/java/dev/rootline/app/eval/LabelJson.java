package dev.rootline.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code label.json}: {@code {"id", "caption", "system", "fault": {"type", "start", "end"?},
 * "root_cause": {"service", "indicator"}?}}, times in RFC 3339 UTC.
 */
public final class LabelJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LabelJson() {}

  /**
   * Reads the label file.
   *
   * @throws InvalidLabelException naming the file and the missing or wrong field
   */
  public static CaseLabel read(Path file) {
    JsonNode root = tree(file);
    JsonNode fault = object(file, root, "fault");
    Instant start = instant(file, fault, "fault.start", true);
    Instant end = instant(file, fault, "fault.end", false);
    if (end != null && end.isBefore(start)) {
      throw new InvalidLabelException(file, "field 'fault.end' (" + end + ") is before 'fault.start' (" + start + ")");
    }
    CaseLabel.Fault parsed = new CaseLabel.Fault(text(file, fault, "fault.type", true), start, end);
    return new CaseLabel(text(file, root, "id", true), text(file, root, "caption", false),
        text(file, root, "system", false), parsed, rootCause(file, root));
  }

  private static JsonNode tree(Path file) {
    try {
      JsonNode root = MAPPER.readTree(Files.readAllBytes(file));
      if (root == null || !root.isObject()) {
        throw new InvalidLabelException(file, "must hold one JSON object");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new InvalidLabelException(file, "missing");
    } catch (JsonProcessingException e) {
      throw new InvalidLabelException(file, "invalid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw new InvalidLabelException(file, "unreadable: " + e.getMessage());
    }
  }

  private static CaseLabel.RootCause rootCause(Path file, JsonNode root) {
    if (!root.hasNonNull("root_cause")) {
      return null;
    }
    JsonNode cause = object(file, root, "root_cause");
    return new CaseLabel.RootCause(text(file, cause, "root_cause.service", false),
        text(file, cause, "root_cause.indicator", false));
  }

  private static JsonNode object(Path file, JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      throw new InvalidLabelException(file, "field '" + field + "' is required");
    }
    if (!node.isObject()) {
      throw new InvalidLabelException(file, "field '" + field + "' must be an object");
    }
    return node;
  }

  private static String text(Path file, JsonNode parent, String path, boolean required) {
    JsonNode node = parent.get(path.substring(path.lastIndexOf('.') + 1));
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      if (required) {
        throw new InvalidLabelException(file, "field '" + path + "' is required");
      }
      return null;
    }
    if (!node.isTextual()) {
      throw new InvalidLabelException(file, "field '" + path + "' must be a string");
    }
    return node.asText();
  }

  private static Instant instant(Path file, JsonNode parent, String path, boolean required) {
    String text = text(file, parent, path, required);
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidLabelException(file, "field '" + path
          + "' must be an RFC 3339 UTC time such as 2026-03-02T10:15:00Z, got '" + text + "'");
    }
  }
}
