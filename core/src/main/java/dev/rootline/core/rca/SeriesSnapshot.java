package dev.rootline.core.rca;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A small copy of the series behind a report's top candidates and of the calls around them, taken
 * when the report was written, so that the incident page can chart them and draw the service graph
 * after the telemetry has aged out. Every line shares one time axis: point {@code i} covers
 * {@code [start + i * step, start + (i + 1) * step)}.
 *
 * @param start      the start of the first point
 * @param stepMillis the length of each point, in milliseconds
 * @param onset      when the incident began, to mark on the axis
 * @param changes    deploys and other changes on the same axis
 * @param services   one entry per top candidate, in rank order
 * @param edges      the calls between the incident's services, its candidates and their neighbours
 */
public record SeriesSnapshot(Instant start, long stepMillis, Instant onset, List<RcaReport.TimelineEntry> changes,
    List<ServiceSeries> services, List<Edge> edges) {

  /**
   * Calls from one service to another since the onset.
   *
   * @param calls  calls made since the onset
   * @param errors failed calls since the onset
   * @param origins failures that began on the call itself, not passed on from the callee
   */
  public record Edge(String caller, String callee, long calls, long errors, long origins) {
    public Edge {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(callee, "callee");
    }
  }

  /** The key series of one candidate service. */
  public record ServiceSeries(String service, List<Line> lines) {
    public ServiceSeries {
      Objects.requireNonNull(service, "service");
      lines = List.copyOf(lines);
    }
  }

  /**
   * One series and its baseline band, taken from the points before the onset.
   *
   * @param name         what it measures: {@code latency}, {@code errors}, or a metric's name
   * @param unit         {@code ms}, {@code ratio}, or the metric's unit (empty when unknown)
   * @param values       one value per point; NaN where nothing was seen
   * @param baselineLow  the low edge of the normal band, NaN when there was no baseline
   * @param baselineHigh the high edge of the normal band, NaN when there was no baseline
   */
  public record Line(String name, String unit, List<Double> values, double baselineLow, double baselineHigh) {
    public Line {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unit, "unit");
      values = List.copyOf(values);
    }
  }

  public SeriesSnapshot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(onset, "onset");
    changes = List.copyOf(changes);
    services = List.copyOf(services);
    edges = List.copyOf(edges);
    if (stepMillis < 1) {
      throw new IllegalArgumentException("step must be positive");
    }
  }
}
