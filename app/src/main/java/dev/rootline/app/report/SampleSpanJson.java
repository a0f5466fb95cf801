package dev.rootline.app.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.rootline.core.rca.TraceSample.SampleSpan;
import java.io.IOException;

/**
 * A sample span as a JSON array, {@code [service, name, parent, start_ms, duration_ms, error, http_status]}
 * with error as 0 or 1: a report carries up to 120 of them, and field names would triple their size.
 */
final class SampleSpanJson {
  private SampleSpanJson() {}

  static final class Writer extends StdSerializer<SampleSpan> {
    Writer() {
      super(SampleSpan.class);
    }

    @Override
    public void serialize(SampleSpan span, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeStartArray();
      out.writeString(span.service());
      out.writeString(span.name());
      out.writeNumber(span.parent());
      out.writeNumber(span.startMillis());
      out.writeNumber(span.durationMillis());
      out.writeNumber(span.error() ? 1 : 0);
      out.writeNumber(span.httpStatus());
      out.writeEndArray();
    }
  }

  static final class Reader extends StdDeserializer<SampleSpan> {
    Reader() {
      super(SampleSpan.class);
    }

    @Override
    public SampleSpan deserialize(JsonParser in, DeserializationContext context) throws IOException {
      JsonNode node = in.readValueAsTree();
      if (node == null || !node.isArray() || node.size() < 7 || !node.get(0).isTextual() || !node.get(1).isTextual()) {
        return (SampleSpan) context.handleUnexpectedToken(SampleSpan.class, in);
      }
      return new SampleSpan(node.get(0).asText(), node.get(1).asText(), node.get(2).asInt(-1),
          node.get(3).asDouble(), node.get(4).asDouble(), node.get(5).asInt() != 0, node.get(6).asInt());
    }
  }
}
