package dev.rootline.app.api;

import dev.rootline.app.ingest.SpanPipeline;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/series}: the live series with their latest window, busiest first. */
@Path("/api/series")
public class SeriesResource {
  private final SpanPipeline pipeline;

  SeriesResource(SpanPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** All live series, or those of one {@code service}. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<SeriesView> series(@QueryParam("service") String service) {
    return pipeline.series().stream()
        .filter(w -> service == null || w.key().service().equals(service))
        .map(SeriesView::of)
        .toList();
  }
}
