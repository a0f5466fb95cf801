package dev.rootline.app.anomaly;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/anomalies}: recent anomalies, newest first; {@code ?state=open} for unresolved only. */
@Path("/api/anomalies")
public class AnomaliesResource {
  private final AnomalyLog log;

  AnomaliesResource(AnomalyLog log) {
    this.log = log;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<JsonNode> anomalies(@QueryParam("state") String state, @QueryParam("service") String service) {
    return log.recent("open".equalsIgnoreCase(state)).stream()
        .filter(a -> service == null || a.series().service().equals(service))
        .map(a -> (JsonNode) AnomalyJson.tree(a))
        .toList();
  }
}
