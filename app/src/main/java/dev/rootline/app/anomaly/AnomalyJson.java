package dev.rootline.app.anomaly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rootline.core.anomaly.Anomaly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The JSON form of anomalies on {@code rootline.anomalies} and at {@code /api/anomalies}. */
final class AnomalyJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnomalyJson() {}

  static ObjectNode tree(Anomaly a) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", a.id());
    ObservationJson.SeriesKeyJson.write(a.series(), node.putObject("series"));
    node.put("signal", a.signal()).put("detector", a.detector());
    node.put("direction", a.direction().name().toLowerCase(java.util.Locale.ROOT));
    node.put("state", a.state().name().toLowerCase(java.util.Locale.ROOT));
    node.put("onset", a.onset().toString()).put("last_seen", a.lastSeen().toString());
    node.put("observed", a.observed()).put("expected", a.expected()).put("score", a.score());
    node.put("unit", a.unit()).put("message", a.message());
    return node;
  }

  static byte[] write(Anomaly a) {
    return tree(a).toString().getBytes(StandardCharsets.UTF_8);
  }

  /** @throws IllegalArgumentException when the bytes are not an anomaly */
  static Anomaly read(byte[] json) {
    try {
      JsonNode n = MAPPER.readTree(json);
      return new Anomaly(n.path("id").asText(), ObservationJson.SeriesKeyJson.read(n.path("series")),
          n.path("signal").asText(), n.path("detector").asText(),
          Anomaly.Direction.valueOf(n.path("direction").asText().toUpperCase(java.util.Locale.ROOT)),
          Anomaly.State.valueOf(n.path("state").asText().toUpperCase(java.util.Locale.ROOT)),
          Instant.parse(n.path("onset").asText()), Instant.parse(n.path("last_seen").asText()),
          n.path("observed").asDouble(), n.path("expected").asDouble(), n.path("score").asDouble(),
          n.path("unit").asText(), n.path("message").asText());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not an anomaly: " + e.getMessage(), e);
    }
  }
}
