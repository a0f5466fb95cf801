package dev.rootline.app.report;

import dev.rootline.rca.report.ReportStore;

/** The contract on the in-memory store that tests, the demo and the offline evaluation use. */
class InMemoryReportStoreTest extends ReportStoreContract {
  @Override
  ReportStore newStore() {
    return ReportStore.inMemory(100);
  }
}
