package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.AttributeKeys.NONE;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads OTLP/JSON attribute lists ({@code [{"key": ..., "value": {"stringValue": ...}}]}) into a
 * {@link SpanDraft}, skipping the values of keys Rootline does not read.
 */
final class JsonAttributes {
  private final JsonParser parser;
  private final JsonStructure structure;
  private final JsonValues values;
  private final SpanDraft draft;
  private String text;
  private long integer;
  private boolean isInteger;

  JsonAttributes(JsonParser parser, JsonStructure structure, JsonValues values, SpanDraft draft) {
    this.parser = parser;
    this.structure = structure;
    this.values = values;
    this.draft = draft;
  }

  /** Reads the attribute array at {@code token} for the given {@link AttributeKeys} scope. */
  void read(JsonToken token, int scope) throws IOException {
    for (boolean more = structure.enterArray(token, "attributes"); more;
        more = structure.nextObject("attributes")) {
      keyValue(scope);
    }
  }

  private void keyValue(int scope) throws IOException {
    int slot = NONE;
    boolean keySeen = false;
    text = null;
    isInteger = false;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      if (field.equals("key")) {
        slot = AttributeKeys.slot(scope, values.key(token, field));
        keySeen = true;
      } else if (field.equals("value") && (slot != NONE || !keySeen)) {
        anyValue(token);
      } else {
        parser.skipChildren();
      }
    }
    if (slot != NONE && text != null) {
      draft.text(scope, slot, text);
    } else if (slot != NONE && isInteger) {
      draft.integer(scope, slot, integer);
    }
  }

  private void anyValue(JsonToken token) throws IOException {
    if (!structure.isObject(token, "value")) {
      return;
    }
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      JsonToken value = parser.nextToken();
      switch (field) {
        case "stringValue", "string_value" -> text = values.string(value, field);
        case "intValue", "int_value" -> {
          integer = values.int64(value, field);
          isInteger = true;
        }
        default -> parser.skipChildren();
      }
    }
  }
}
