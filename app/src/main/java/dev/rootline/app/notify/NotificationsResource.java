package dev.rootline.app.notify;

import dev.rootline.notifier.Outbox;
import dev.rootline.notifier.OutboxEntry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/notifications}: the outbox, most recently changed first ({@code ?state=} pending,
 * delivered, failed or superseded; {@code ?limit=} 1 to {@value #MAX_LIMIT}, default
 * {@value #DEFAULT_LIMIT}), so that a notification that was given up is visible with its reason.
 */
@Path("/api/notifications")
public class NotificationsResource {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  private final Outbox outbox;

  NotificationsResource(Outbox outbox) {
    this.outbox = outbox;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response recent(@QueryParam("state") String state, @QueryParam("limit") String limit) {
    OutboxEntry.State wanted;
    int count;
    try {
      wanted = state == null ? null : OutboxEntry.State.valueOf(state.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return error("state must be pending, delivered, failed or superseded, not '" + state + "'");
    }
    try {
      count = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit.trim());
    } catch (NumberFormatException e) {
      count = -1;
    }
    if (count < 1 || count > MAX_LIMIT) {
      return error("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + limit + "'");
    }
    List<Map<String, Object>> rows = outbox.recent(wanted, count).stream().map(NotificationsResource::row).toList();
    return Response.ok(rows).build();
  }

  private static Map<String, Object> row(OutboxEntry entry) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("incident_id", entry.incidentId());
    row.put("channel", entry.channel());
    row.put("revision", entry.revision());
    row.put("state", entry.state().name().toLowerCase(Locale.ROOT));
    row.put("attempts", entry.attempts());
    row.put("recorded_at", entry.recordedAt().toString());
    row.put("due_at", entry.dueAt().toString());
    row.put("updated_at", entry.updatedAt().toString());
    row.put("reference", entry.reference());
    row.put("error", entry.error());
    return row;
  }

  private static Response error(String message) {
    return Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
  }
}
