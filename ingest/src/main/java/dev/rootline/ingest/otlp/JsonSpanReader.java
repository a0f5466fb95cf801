package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.AttributeKeys.EVENT;
import static dev.rootline.ingest.otlp.AttributeKeys.RESOURCE;
import static dev.rootline.ingest.otlp.AttributeKeys.SPAN;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an OTLP/JSON {@code ExportTraceServiceRequest} straight into {@link Span}s with a
 * streaming parser: no tree, no intermediate protobuf message, unread fields skipped. Accepts the
 * camelCase and the proto field names, as protobuf's JSON mapping does. One reader per record.
 */
final class JsonSpanReader {
  private final JsonParser parser;
  private final JsonValues values;
  private final SpanDraft draft;
  private final ItemRules rules;
  private final long[] id = new long[2];
  private final List<Span> spans = new ArrayList<>();
  private final JsonStructure structure;
  private final JsonAttributes attributes;
  private int resourceNumber;
  private int spanNumber;
  private boolean inSpan;

  JsonSpanReader(JsonParser parser, ItemRules rules) {
    this.parser = parser;
    this.rules = rules;
    this.values = new JsonValues(parser, rules.limits());
    this.draft = new SpanDraft(rules);
    this.structure = new JsonStructure(parser);
    this.attributes = new JsonAttributes(parser, structure, values, draft);
  }

  List<Span> read() {
    try (parser) {
      structure.request("resourceSpans", "resource_spans", this::resourceSpans);
      return spans;
    } catch (JsonShapeException e) {
      throw new InvalidRecordException("JSON does not match the OTLP schema" + where() + ": "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new InvalidRecordException("invalid JSON" + where() + ": " + JsonStructure.describe(e), e);
    }
  }

  private void resourceSpans() throws IOException {
    resourceNumber++;
    spanNumber = 0;
    int first = spans.size();
    Resource resource = Resources.UNKNOWN;
    draft.startResource();
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      if (field.equals("resource")) {
        if (structure.isObject(token, field)) {
          resource = resource();
          Resources.reattach(spans, first, resource);
        }
      } else if (field.equals("scopeSpans") || field.equals("scope_spans")) {
        scopeSpans(token, field, resource);
      } else {
        parser.skipChildren();
      }
    }
  }

  private Resource resource() throws IOException {
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      if (field.equals("attributes")) {
        attributes.read(token, RESOURCE);
      } else {
        parser.skipChildren();
      }
    }
    return draft.resource();
  }

  private void scopeSpans(JsonToken token, String name, Resource resource) throws IOException {
    for (boolean more = structure.enterArray(token, name); more; more = structure.nextObject(name)) {
      for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
        JsonToken value = parser.nextToken();
        if (field.equals("spans")) {
          for (boolean span = structure.enterArray(value, field); span; span = structure.nextObject(field)) {
            span(resource);
          }
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  private void span(Resource resource) throws IOException {
    if (spans.size() == rules.limits().maxItemsPerRecord()) {
      throw new InvalidRecordException(rules.tooManyItems("spans"));
    }
    spanNumber++;
    inSpan = true;
    draft.startSpan();
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      spanField(field, parser.nextToken());
    }
    inSpan = false;
    spans.add(draft.span(resource, spanNumber, resourceNumber));
  }

  private void spanField(String field, JsonToken token) throws IOException {
    switch (field) {
      case "traceId", "trace_id" -> draft.traceId(values.hexId(token, "traceId", id), id);
      case "spanId", "span_id" -> draft.spanId(values.hexId(token, "spanId", id), id);
      case "parentSpanId", "parent_span_id" -> draft.parentSpanId(values.hexId(token, "parentSpanId", id), id);
      case "name" -> draft.name = values.string(token, field);
      case "kind" -> draft.kind = values.enumNumber(token, field, JsonStructure.SPAN_KINDS);
      case "startTimeUnixNano", "start_time_unix_nano" -> draft.startNanos = values.int64(token, field);
      case "endTimeUnixNano", "end_time_unix_nano" -> draft.endNanos = values.int64(token, field);
      case "attributes" -> attributes.read(token, SPAN);
      case "events" -> events(token);
      case "status" -> status(token);
      default -> parser.skipChildren();
    }
  }

  private void events(JsonToken token) throws IOException {
    for (boolean more = structure.enterArray(token, "events"); more; more = structure.nextObject("events")) {
      draft.startEvent();
      long time = 0;
      String name = "";
      for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
        JsonToken value = parser.nextToken();
        switch (field) {
          case "timeUnixNano", "time_unix_nano" -> time = values.int64(value, field);
          case "name" -> name = values.key(value, field);
          case "attributes" -> attributes.read(value, EVENT);
          default -> parser.skipChildren();
        }
      }
      draft.endEvent(name, time);
    }
  }

  private void status(JsonToken token) throws IOException {
    if (!structure.isObject(token, "status")) {
      return;
    }
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      JsonToken value = parser.nextToken();
      if (field.equals("message")) {
        String message = values.string(value, field);
        draft.statusMessage = message.isEmpty() ? null : message;
      } else if (field.equals("code")) {
        draft.statusCode = values.enumNumber(value, field, JsonStructure.STATUS_CODES);
      } else {
        parser.skipChildren();
      }
    }
  }

  private String where() {
    if (inSpan) {
      return " in " + ItemRules.spanAt(spanNumber, resourceNumber);
    }
    return resourceNumber > 0 ? " in resource " + resourceNumber : "";
  }
}
