package dev.rootline.app.anomaly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.SeriesKey;
import java.io.IOException;

/** The JSON form of observations on {@code rootline.windows}, keyed by series id. */
public final class ObservationJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ObservationJson() {}

  static byte[] write(Observation o) {
    ObjectNode node = MAPPER.createObjectNode();
    SeriesKeyJson.write(o.series(), node.putObject("series"));
    node.put("signal", o.signal());
    node.put("start", o.windowStartMillis());
    node.put("duration_ms", o.windowMillis());
    node.put("value", o.value());
    node.put("samples", o.samples());
    return node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** @throws IllegalArgumentException when the bytes are not an observation */
  public static Observation read(byte[] json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      return new Observation(SeriesKeyJson.read(node.path("series")), node.path("signal").asText(),
          node.path("start").asLong(), node.path("duration_ms").asLong(), node.path("value").asDouble(),
          node.path("samples").asLong());
    } catch (IOException e) {
      throw new IllegalArgumentException("not an observation: " + e.getMessage(), e);
    }
  }


  /** Series keys as {@code {"kind": "operation", ...}}. */
  static final class SeriesKeyJson {
    private SeriesKeyJson() {}

    static void write(SeriesKey key, ObjectNode node) {
      if (key instanceof SeriesKey.Operation op) {
        node.put("kind", "operation").put("service", op.service()).put("operation", op.operation())
            .put("version", op.version());
      } else if (key instanceof SeriesKey.Edge edge) {
        node.put("kind", "edge").put("service", edge.caller()).put("callee", edge.callee());
      } else if (key instanceof SeriesKey.Metric metric) {
        node.put("kind", "metric").put("service", metric.service()).put("name", metric.name());
      }
    }

    static SeriesKey read(JsonNode node) {
      String service = node.path("service").asText();
      return switch (node.path("kind").asText()) {
        case "operation" -> new SeriesKey.Operation(service, node.path("operation").asText(),
            node.path("version").asText());
        case "edge" -> new SeriesKey.Edge(service, node.path("callee").asText());
        case "metric" -> new SeriesKey.Metric(service, node.path("name").asText());
        default -> throw new IllegalArgumentException("unknown series kind: " + node.path("kind").asText());
      };
    }
  }
}
