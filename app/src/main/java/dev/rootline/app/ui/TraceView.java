package dev.rootline.app.ui;

import dev.rootline.core.rca.TraceSample;
import java.util.ArrayList;
import java.util.List;

/**
 * One example trace as a waterfall: a bar per span, placed on a time axis shared by the traces shown
 * beside it, so that the failing trace's extra time is visible at a glance.
 */
public record TraceView(String role, String title, String traceId, String duration, String shown, List<Bar> bars) {
  /** Indentation stops here: deeper calls stay readable. */
  private static final int MAX_DEPTH = 12;

  /**
   * One span's bar.
   *
   * @param left   where the bar starts, percent of the shared axis
   * @param width  how long it lasts, percent of the shared axis, at least a sliver so it can be seen
   * @param cause  whether the span belongs to the suspected cause
   */
  public record Bar(String service, String name, int depth, String left, String width, String duration,
      boolean error, boolean cause, int httpStatus) {}

  /** The samples as waterfalls on one axis as long as the longest of them. */
  static List<TraceView> of(List<TraceSample> samples, String cause) {
    double axis = samples.stream().mapToDouble(TraceSample::durationMillis).max().orElse(0);
    return samples.stream().map(s -> of(s, cause, axis)).toList();
  }

  private static TraceView of(TraceSample sample, String cause, double axisMillis) {
    double axis = Math.max(axisMillis, 0.1);
    int[] depth = depths(sample.spans());
    List<Bar> bars = new ArrayList<>(sample.spans().size());
    for (int i = 0; i < sample.spans().size(); i++) {
      TraceSample.SampleSpan s = sample.spans().get(i);
      bars.add(new Bar(s.service(), s.name(), Math.min(depth[i], MAX_DEPTH), percent(s.startMillis() / axis),
          percent(Math.max(s.durationMillis() / axis, 0.004)), millis(s.durationMillis()), s.error(),
          s.service().equals(cause), s.httpStatus()));
    }
    boolean failing = sample.role() == TraceSample.Role.FAILING;
    String shown = sample.spans().size() < sample.spanCount()
        ? sample.spans().size() + " of " + sample.spanCount() + " spans" : sample.spanCount() + " spans";
    return new TraceView(Formats.wire(sample.role()), failing ? "A failing trace" : "A normal trace",
        sample.traceId(), millis(sample.durationMillis()), shown, bars);
  }

  /** Depth of each span below its nearest kept ancestor; a parent that does not come earlier counts as none. */
  private static int[] depths(List<TraceSample.SampleSpan> spans) {
    int[] depth = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      int parent = spans.get(i).parent();
      depth[i] = parent >= 0 && parent < i ? depth[parent] + 1 : 0;
    }
    return depth;
  }

  private static String percent(double fraction) {
    return String.format(java.util.Locale.ROOT, "%.2f", 100 * Math.max(0, Math.min(1, fraction)));
  }

  private static String millis(double ms) {
    return ms >= 1000 ? String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000)
        : String.format(java.util.Locale.ROOT, "%.1f ms", ms);
  }
}
