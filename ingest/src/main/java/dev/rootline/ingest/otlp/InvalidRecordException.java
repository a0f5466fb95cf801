package dev.rootline.ingest.otlp;

/**
 * Input that cannot be ingested: malformed, of the wrong schema, too large, or with absurd values.
 * The message says what was wrong in words a sender can act on; it never quotes secret values.
 */
public final class InvalidRecordException extends RuntimeException {
  public InvalidRecordException(String message) {
    super(message);
  }

  public InvalidRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
