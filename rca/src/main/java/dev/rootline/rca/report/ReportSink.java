package dev.rootline.rca.report;

import dev.rootline.core.rca.RcaReport;

/**
 * Where the analysis hands each report it makes, a new incident's or a new revision of one. In the
 * service this keeps the report and then publishes it on {@code rootline.reports}.
 */
@FunctionalInterface
public interface ReportSink {

  /**
   * Takes the report. Blocks until it is kept and published (seconds at most). Idempotent: a
   * revision older than the kept one is ignored, the same revision again is published again.
   * Nobody retries inside: a failure surfaces as an exception, and the caller may retry.
   */
  void accept(RcaReport report);
}
