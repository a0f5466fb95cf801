package dev.rootline.app.ui;

import dev.rootline.core.rca.Evidence;
import java.util.List;

/** One finding, its figures written out for people. */
public record EvidenceView(String id, String kind, String service, String subject, String baseline, String observed,
    String text, List<String> traceIds) {

  static EvidenceView of(Evidence e) {
    return new EvidenceView(e.id(), Formats.wire(e.kind()), e.service(), e.subject(),
        Formats.figure(e.baseline(), e.unit()), Formats.figure(e.observed(), e.unit()), e.text(), e.traceIds());
  }
}
