package dev.rootline.rca.explain;

import java.util.List;

/**
 * Hears how each explanation came about, for metrics and logs. Called on the explaining thread;
 * must be quick and must not throw.
 */
@FunctionalInterface
public interface ExplainListener {

  /** How an explanation came about. */
  enum Outcome {
    /** The model's first answer passed the check. */
    MODEL,
    /** The model's second answer passed, after the first failed. */
    MODEL_RETRIED,
    /** Both answers failed the check: the template was used. */
    REFUSED,
    /** The model gave no usable answer (error, timeout, bad JSON) on the last try: the template was used. */
    FAILED,
    /** No model is configured: the template was used. */
    TEMPLATE
  }

  /**
   * Hears one explanation's outcome, with the problems of the answers that failed (empty when none
   * failed).
   */
  void explained(Outcome outcome, List<String> problems);

  /** A listener that hears nothing. */
  static ExplainListener none() {
    return (outcome, problems) -> { };
  }
}
