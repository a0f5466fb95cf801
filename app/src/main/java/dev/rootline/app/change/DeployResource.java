package dev.rootline.app.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rootline.app.kafka.Publisher;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.change.DeployLog;
import dev.rootline.ingest.otlp.InvalidRecordException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * {@code POST /api/deploys} takes a DeployEvent and publishes it to {@code rootline.deploys}, where
 * it is read like any other; {@code GET /api/deploys} lists recent changes, reported and inferred.
 */
@Path("/api/deploys")
public class DeployResource {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Emitter<byte[]> out;
  private final DeployLog deploys;

  DeployResource(@Channel("deploys-out") Emitter<byte[]> out, DeployLog deploys) {
    this.out = out;
    this.deploys = deploys;
  }

  /** 202 once the event is on the topic; 400 naming the bad field; 503 when Kafka did not take it. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> publish(byte[] body) {
    DeployEvent event;
    try {
      event = DeployEventJson.read(body);
    } catch (InvalidRecordException e) {
      return CompletableFuture.completedFuture(error(400, e.getMessage()));
    }
    String json = DeployEventJson.write(event);
    return Publisher.send(out, event.service(), json.getBytes(StandardCharsets.UTF_8))
        .thenApply(sent -> Response.accepted(tree(json)).build())
        .exceptionally(failure -> error(503, "deploy event not stored, try again: " + failure.getMessage()));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<JsonNode> recent() {
    return deploys.recent().stream().map(e -> tree(DeployEventJson.write(e))).toList();
  }

  private static Response error(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("DeployEventJson wrote invalid JSON", e);
    }
  }
}
