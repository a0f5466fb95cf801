package dev.rootline.app.ui;

import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labels through the API, into the same {@link LabelStore} as Slack's buttons:
 * {@code POST /api/incidents/{id}/label} with a {@link LabelRequest} (201 and the label; 404 for an
 * unknown incident; 400 naming the problem), and {@code GET /api/incidents/{id}/labels} (or
 * {@code /label}): the incident's labels, oldest first.
 */
@Path("/api/incidents")
public class LabelsResource {
  private final ReportStore reports;
  private final LabelStore labels;
  private final Clock clock;
  private final UiAccess access;

  LabelsResource(ReportStore reports, LabelStore labels, Clock clock, UiAccess access) {
    this.reports = reports;
    this.labels = labels;
    this.clock = clock;
    this.access = access;
  }

  @POST
  @Path("{id}/label")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response add(@PathParam("id") String id, LabelRequest request, @Context SecurityContext security) {
    Optional<RcaReport> report = reports.find(id);
    if (report.isEmpty()) {
      return error(404, "no incident '" + id + "'");
    }
    if (request == null) {
      return error(400, "expected a JSON body {\"service\", \"indicator\", \"note\", \"by\"}");
    }
    try {
      // With OIDC the provider says who labels; a typed name is only a claim.
      Principal who = access.oidc() ? security.getUserPrincipal() : null;
      Label label = (who == null ? request : request.by(who.getName())).toLabel(report.get(), clock.instant());
      labels.add(label);
      return Response.status(201).entity(LabelView.of(label)).build();
    } catch (LabelRequest.Invalid e) {
      return error(400, e.getMessage());
    }
  }

  @GET
  @Path("{id}/labels")
  @Produces(MediaType.APPLICATION_JSON)
  public Response history(@PathParam("id") String id) {
    if (reports.find(id).isEmpty()) {
      return error(404, "no incident '" + id + "'");
    }
    List<LabelView> views = labels.of(id).stream().map(LabelView::of).toList();
    return Response.ok(views).build();
  }

  @GET
  @Path("{id}/label")
  @Produces(MediaType.APPLICATION_JSON)
  public Response historyByLabelPath(@PathParam("id") String id) {
    return history(id);
  }

  private static Response error(int status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
  }
}
