package dev.rootline.ingest.otlp;

import com.google.protobuf.Message;

/**
 * An OTLP request with its invalid items taken out, and what an OTLP/HTTP partial-success answer
 * says about them.
 *
 * @param request      the request without the rejected items; the very same instance when none was
 * @param rejected     how many spans, data points or log records were taken out
 * @param errorMessage why, for the answer's {@code error_message}; empty when none was rejected
 * @param <T>          the generated request type
 */
public record FilteredRequest<T extends Message>(T request, long rejected, String errorMessage) {

  /** Whether every item was accepted. */
  public boolean isComplete() {
    return rejected == 0;
  }
}
