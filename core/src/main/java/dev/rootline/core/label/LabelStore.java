package dev.rootline.core.label;

import java.util.List;

/**
 * Where labels are kept, beside the incidents they judge. Implementations are thread-safe; calls
 * block until the store answered and nobody retries inside: a failure surfaces as an exception.
 */
public interface LabelStore {

  /**
   * Keeps the label. Not idempotent: the same judgement given twice is kept twice (callers refuse
   * replayed requests before they get here).
   *
   * @throws IllegalArgumentException when the store knows no such incident
   */
  void add(Label label);

  /** The incident's labels in the order they were added; empty when it has none. */
  List<Label> of(String incidentId);

  /** A store in memory, for tests, the demo and offline evaluation; it knows every incident. */
  static LabelStore inMemory() {
    return new InMemoryLabelStore();
  }
}
