package dev.rootline.ingest.otlp;

import java.io.IOException;

/**
 * Well-formed JSON of the wrong shape for OTLP, found while streaming. An {@link IOException} so
 * that it travels through the parser's own throws clauses to the one place that adds the position.
 */
final class JsonShapeException extends IOException {
  JsonShapeException(String message) {
    super(message, null);
  }
}
