package dev.rootline.rca.explain;

/** A language model gave no usable answer: unreachable, timed out, an error status, or not the requested JSON. */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }

  public ModelException(String message) {
    super(message);
  }
}
