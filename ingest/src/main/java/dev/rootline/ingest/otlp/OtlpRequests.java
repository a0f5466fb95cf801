package dev.rootline.ingest.otlp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;

/**
 * Parses OTLP request bodies (an OTLP/HTTP body or a Kafka record) of either encoding into the
 * generated protobuf messages, for callers that need the message itself, such as the OTLP/HTTP
 * endpoints before {@link OtlpPartialFilter}.
 */
public final class OtlpRequests {
  private OtlpRequests() {}

  /**
   * Parses an {@code ExportTraceServiceRequest}.
   *
   * @throws InvalidRecordException when the body is too large, or not a request in that encoding
   */
  public static ExportTraceServiceRequest parseTraces(byte[] body, Encoding encoding, IngestLimits limits) {
    return parse(body, encoding, limits, ExportTraceServiceRequest.getDefaultInstance());
  }

  /**
   * Parses an {@code ExportMetricsServiceRequest}.
   *
   * @throws InvalidRecordException when the body is too large, or not a request in that encoding
   */
  public static ExportMetricsServiceRequest parseMetrics(byte[] body, Encoding encoding, IngestLimits limits) {
    return parse(body, encoding, limits, ExportMetricsServiceRequest.getDefaultInstance());
  }

  /**
   * Parses an {@code ExportLogsServiceRequest}.
   *
   * @throws InvalidRecordException when the body is too large, or not a request in that encoding
   */
  public static ExportLogsServiceRequest parseLogs(byte[] body, Encoding encoding, IngestLimits limits) {
    return parse(body, encoding, limits, ExportLogsServiceRequest.getDefaultInstance());
  }

  @SuppressWarnings("unchecked") // the builder and parser of M's own default instance make Ms
  private static <M extends Message> M parse(byte[] body, Encoding encoding, IngestLimits limits,
      M defaultInstance) {
    new ItemRules(limits).checkSize(body);
    if (encoding == Encoding.OTLP_JSON) {
      return (M) OtlpJson.parse(body, defaultInstance.newBuilderForType()).build();
    }
    try {
      return (M) defaultInstance.getParserForType().parseFrom(body);
    } catch (InvalidProtocolBufferException e) {
      throw new InvalidRecordException("truncated or garbled protobuf: " + describe(e, body), e);
    }
  }

  /**
   * The first sentence of a protobuf parse error (what went wrong, without the advice that
   * follows), with a hint when the bytes look like JSON sent under the protobuf encoding.
   */
  static String describe(IOException e, byte[] record) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf(". ");
    message = end < 0 ? message : message.substring(0, end + 1);
    return looksLikeJson(record) ? message + " The record looks like JSON: is its encoding otlp_json?" : message;
  }

  private static boolean looksLikeJson(byte[] record) {
    for (byte b : record) {
      if (!Character.isWhitespace(b)) {
        return b == '{';
      }
    }
    return false;
  }
}
