package dev.rootline.app.ui;

import dev.rootline.core.label.Label;
import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The pages people open: {@code /incidents}, open and recent incidents, newest first; and
 * {@code /incidents/{id}}, one incident's report with its graph, charts and label buttons. Links to
 * them are stable: the Slack message points here.
 */
@Path("/incidents")
public class IncidentPages {
  static final int LIST_LIMIT = 200;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(List<IncidentRow> rows);

    static native TemplateInstance incident(IncidentView view, String echarts);

    static native TemplateInstance missing(String id);
  }

  private final ReportStore reports;
  private final LabelStore labels;

  IncidentPages(ReportStore reports, LabelStore labels) {
    this.reports = reports;
    this.labels = labels;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance list() {
    List<RcaReport> recent = reports.recent(Instant.EPOCH, LIST_LIMIT);
    Map<String, Label> latest = labels.latest(recent.stream().map(RcaReport::id).toList()); // one query, not N
    List<IncidentRow> rows = recent.stream()
        .map(r -> IncidentRow.of(r, latest.get(r.id())))
        .sorted(Comparator.comparing(row -> !row.open())) // open ones first, each part newest first
        .toList();
    return Templates.list(rows);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.TEXT_HTML)
  public Response incident(@PathParam("id") String id) {
    return reports.find(id)
        .map(report -> Response.ok(Templates.incident(view(report), WebLibraries.ECHARTS)))
        .orElseGet(() -> Response.status(404).entity(Templates.missing(id)))
        .type(MediaType.TEXT_HTML_TYPE).build();
  }

  private IncidentView view(RcaReport report) {
    return IncidentView.of(report, labels.of(report.id()));
  }
}
