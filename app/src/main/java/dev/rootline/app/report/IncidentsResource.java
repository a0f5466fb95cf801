package dev.rootline.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rootline.rca.report.ReportStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/incidents}: recent incidents, newest onset first, one row each
 * ({@code ?since=} RFC 3339 time the incident was last seen at or after, {@code ?limit=} 1 to
 * {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}); {@code GET /api/incidents/{id}}: the latest
 * report of one incident, in the form {@link ReportJson} writes.
 */
@Path("/api/incidents")
public class IncidentsResource {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  private final ReportStore store;

  IncidentsResource(ReportStore store) {
    this.store = store;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response recent(@QueryParam("since") String since, @QueryParam("limit") String limit) {
    Instant from;
    int count;
    try {
      from = since == null ? Instant.EPOCH : OffsetDateTime.parse(since.trim()).toInstant();
    } catch (DateTimeParseException e) {
      return error(400, "since must be an RFC 3339 time such as 2026-03-02T10:15:00Z, not '" + since + "'");
    }
    try {
      count = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit.trim());
    } catch (NumberFormatException e) {
      count = -1;
    }
    if (count < 1 || count > MAX_LIMIT) {
      return error(400, "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + limit + "'");
    }
    List<JsonNode> rows = store.recent(from, count).stream().map(r -> (JsonNode) ReportJson.summary(r)).toList();
    return Response.ok(rows).build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response report(@PathParam("id") String id) {
    return store.find(id)
        .map(report -> Response.ok(ReportJson.write(report)).build())
        .orElseGet(() -> error(404, "no incident '" + id + "'"));
  }

  private static Response error(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
  }
}
