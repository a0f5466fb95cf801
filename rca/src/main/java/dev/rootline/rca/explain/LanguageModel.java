package dev.rootline.rca.explain;

/**
 * A language model that answers a prompt with the structured {@link Answer}. Blocks until the answer
 * arrives or the implementation's own timeout passes; does not retry ({@link CheckedExplainer} does,
 * once). Each call may cost money: callers cache.
 */
@FunctionalInterface
public interface LanguageModel {

  /**
   * The model's answer to the prompt, parsed but unchecked.
   *
   * @throws ModelException when there is no usable answer: unreachable, timed out, refused, or not
   *     the requested JSON
   */
  Answer answer(Prompt prompt);
}
