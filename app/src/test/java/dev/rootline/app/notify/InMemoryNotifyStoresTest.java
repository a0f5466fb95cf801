package dev.rootline.app.notify;

import dev.rootline.core.label.LabelStore;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.notifier.Outbox;
import org.junit.jupiter.api.Nested;

/** The contracts on the in-memory outbox and label store that tests, the demo and the memory store use. */
class InMemoryNotifyStoresTest {
  @Nested
  class OutboxInMemory extends OutboxContract {
    @Override
    Outbox newOutbox() {
      return Outbox.inMemory();
    }

    @Override
    void knownIncident(RcaReport report) {}
  }

  @Nested
  class LabelsInMemory extends LabelStoreContract {
    @Override
    LabelStore newStore() {
      return LabelStore.inMemory();
    }

    @Override
    void knownIncident(RcaReport report) {}
  }
}
