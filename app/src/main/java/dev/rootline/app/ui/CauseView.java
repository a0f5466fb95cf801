package dev.rootline.app.ui;

import dev.rootline.core.rca.Candidate;
import java.util.List;

/** One ranked candidate on the incident page. */
public record CauseView(int rank, String kind, String service, String version, String indicator, String confidence,
    double confidenceValue, String reason, List<EvidenceView> evidence) {

  static CauseView of(int rank, Candidate c) {
    double confidence = Double.isNaN(c.confidence()) ? 0 : c.confidence();
    return new CauseView(rank, Formats.wire(c.kind()), c.service(), c.version() == null ? "" : c.version(),
        c.indicator().wireName(), Formats.percent(c.confidence()), confidence, c.reason(),
        c.evidence().stream().map(EvidenceView::of).toList());
  }

  /** The width of the confidence bar, in percent. */
  public long barWidth() {
    return Math.round(100 * Math.max(0, Math.min(1, confidenceValue)));
  }
}
