package dev.rootline.core.label;

import java.util.Collection;
import java.util.List;
import java.util.Map;

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

  /**
   * The latest label of each of the given incidents, in one round trip to the store: what a list of
   * incidents shows. Incidents without labels (or unknown) have no entry; duplicates in the input
   * are harmless.
   */
  Map<String, Label> latest(Collection<String> incidentIds);

  /** A store in memory, for tests, the demo and offline evaluation; it knows every incident. */
  static LabelStore inMemory() {
    return new InMemoryLabelStore();
  }
}
