package dev.rootline.ingest.otlp;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders OTLP attribute values as text, for metric and log attributes and log bodies. */
final class AnyValues {
  /** Attributes kept per point or log; more are dropped, as the SDKs' attribute limits do. */
  static final int MAX_ATTRIBUTES = 32;

  private AnyValues() {}

  /** The first {@value #MAX_ATTRIBUTES} attributes as strings; a later duplicate key wins. */
  static Map<String, String> flatten(List<KeyValue> attributes, IngestLimits limits) {
    if (attributes.isEmpty()) {
      return Map.of();
    }
    int n = Math.min(attributes.size(), MAX_ATTRIBUTES);
    Map<String, String> flat = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      KeyValue attribute = attributes.get(i);
      flat.put(limits.truncate(attribute.getKey()), text(attribute.getValue(), limits));
    }
    return flat;
  }

  /** The value as text: strings as they are, numbers and booleans in decimal, lists as JSON-like text. */
  static String text(AnyValue value, IngestLimits limits) {
    if (value.hasStringValue()) {
      return limits.truncate(value.getStringValue());
    }
    StringBuilder out = new StringBuilder();
    render(value, out, limits.maxStringLength());
    return limits.truncate(out.toString());
  }

  private static void render(AnyValue value, StringBuilder out, int maxLength) {
    if (out.length() > maxLength) {
      return; // the text is cut anyway; stop before a huge nested value costs memory
    }
    switch (value.getValueCase()) {
      case STRING_VALUE -> out.append(value.getStringValue());
      case BOOL_VALUE -> out.append(value.getBoolValue());
      case INT_VALUE -> out.append(value.getIntValue());
      case DOUBLE_VALUE -> out.append(value.getDoubleValue());
      case BYTES_VALUE -> out.append(Base64.getEncoder().encodeToString(value.getBytesValue().toByteArray()));
      case ARRAY_VALUE -> renderArray(value.getArrayValue().getValuesList(), out, maxLength);
      case KVLIST_VALUE -> renderList(value.getKvlistValue().getValuesList(), out, maxLength);
      default -> { } // an empty value renders as empty text
    }
  }

  private static void renderArray(List<AnyValue> values, StringBuilder out, int maxLength) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ",");
      renderNested(values.get(i), out, maxLength);
    }
    out.append(']');
  }

  private static void renderList(List<KeyValue> values, StringBuilder out, int maxLength) {
    out.append('{');
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "\"" : ",\"").append(escape(values.get(i).getKey())).append("\":");
      renderNested(values.get(i).getValue(), out, maxLength);
    }
    out.append('}');
  }

  private static void renderNested(AnyValue value, StringBuilder out, int maxLength) {
    if (value.hasStringValue()) {
      out.append('"').append(escape(value.getStringValue())).append('"');
    } else {
      render(value, out, maxLength);
    }
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
