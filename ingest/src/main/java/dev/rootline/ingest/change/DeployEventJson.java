package dev.rootline.ingest.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.ingest.otlp.InvalidRecordException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The JSON form of a {@link DeployEvent}: snake_case fields, {@code at} as an RFC 3339 instant,
 * {@code kind} as {@code deploy | rollback | config | feature-flag | scale}.
 */
public final class DeployEventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_FIELD_LENGTH = 4096;
  /** How much of a wrong value a message quotes: enough to recognise it, not the whole field. */
  private static final int QUOTED_LENGTH = 40;

  private DeployEventJson() {}

  /**
   * Reads one event. A missing {@code source} means reported; a missing {@code kind} means deploy.
   *
   * @throws InvalidRecordException naming the field that is missing or wrong
   */
  public static DeployEvent read(byte[] json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException("invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidRecordException("unreadable deploy event: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidRecordException("a deploy event must be a JSON object");
    }
    try {
      return new DeployEvent(
          required(node, "service"),
          optional(node, "version"),
          optional(node, "previous_version"),
          optional(node, "environment"),
          kind(node),
          instant(node),
          optional(node, "commit"),
          optional(node, "author"),
          optional(node, "description"),
          "inferred".equalsIgnoreCase(optional(node, "source"))
              ? DeployEvent.Source.INFERRED
              : DeployEvent.Source.REPORTED);
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException(e.getMessage());
    }
  }

  /** Writes one event as a single line of JSON. */
  public static String write(DeployEvent event) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("service", event.service());
    putIfPresent(node, "version", event.version());
    putIfPresent(node, "previous_version", event.previousVersion());
    putIfPresent(node, "environment", event.environment());
    node.put("kind", event.kind().wireName());
    node.put("at", event.at().toString());
    putIfPresent(node, "commit", event.commit());
    putIfPresent(node, "author", event.author());
    putIfPresent(node, "description", event.description());
    node.put("source", event.source().name().toLowerCase(java.util.Locale.ROOT));
    return node.toString();
  }

  private static String required(JsonNode node, String field) {
    String value = optional(node, field);
    if (value == null || value.isBlank()) {
      throw new InvalidRecordException("deploy event field '" + field + "' is required");
    }
    return value;
  }

  private static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new InvalidRecordException("deploy event field '" + field + "' must be a string");
    }
    String text = value.asText();
    if (text.length() > MAX_FIELD_LENGTH) {
      throw new InvalidRecordException(
          "deploy event field '" + field + "' is longer than " + MAX_FIELD_LENGTH + " characters");
    }
    return text;
  }

  private static Instant instant(JsonNode node) {
    String at = required(node, "at");
    try {
      Instant instant = Instant.parse(at);
      if (instant.isBefore(Instant.parse("2000-01-01T00:00:00Z"))
          || instant.isAfter(Instant.parse("2100-01-01T00:00:00Z"))) {
        throw new InvalidRecordException("deploy event field 'at' is out of range: " + quote(at));
      }
      return instant;
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException(
          "deploy event field 'at' must be an RFC 3339 instant such as 2026-03-02T10:15:00Z, got '" + quote(at) + "'");
    }
  }

  private static ChangeKind kind(JsonNode node) {
    String kind = optional(node, "kind");
    if (kind == null) {
      return ChangeKind.DEPLOY;
    }
    try {
      return ChangeKind.ofWireName(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException("unknown kind '" + quote(kind)
          + "', expected deploy, rollback, config, feature-flag or scale");
    }
  }

  /** A wrong value as a message quotes it: cut, so a dead-letter header stays small. */
  private static String quote(String value) {
    return value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "…";
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
