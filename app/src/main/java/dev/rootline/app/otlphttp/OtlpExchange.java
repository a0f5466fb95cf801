package dev.rootline.app.otlphttp;

import com.google.protobuf.Message;
import dev.rootline.app.kafka.Publisher;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.otlp.InvalidRecordException;
import dev.rootline.ingest.otlp.OtlpJson;
import dev.rootline.ingest.otlp.FilteredRequest;
import dev.rootline.ingest.otlp.RecordKeys;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** One OTLP/HTTP request's round trip, the same for every signal: parse, filter, split, publish, answer. */
final class OtlpExchange {
  static final String PROTOBUF = "application/x-protobuf";
  static final String JSON = "application/json";

  /** Builds the signal's response message for a number of rejected items and a message. */
  interface ResponseFactory {
    Message response(long rejected, String message);
  }

  /** What the endpoints read from one HTTP request. */
  record OtlpHttpRequest(String contentType, String contentEncoding, byte[] body) {}

  private final Encoding topicEncoding;
  private final int maxBodyBytes;

  OtlpExchange(Encoding topicEncoding, int maxBodyBytes) {
    this.topicEncoding = topicEncoding;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Parses a request body of the given encoding into the signal's message, without its invalid items. */
  interface Parser<T extends Message> {
    FilteredRequest<T> parse(byte[] body, Encoding encoding);
  }

  /**
   * Splits a request into records keyed as the Collector's kafka exporter keys them, so every
   * replica sees whole traces and whole streams ({@link RecordKeys}).
   */
  interface Splitter<T extends Message> {
    List<RecordKeys.Keyed<T>> split(T request);
  }

  <T extends Message> CompletionStage<Response> handle(OtlpHttpRequest request, Emitter<byte[]> topic,
      Parser<T> parser, Splitter<T> splitter, ResponseFactory responses) {
    Encoding encoding = encodingOf(request.contentType());
    if (encoding == null) {
      return done(unsupported("content type '" + request.contentType() + "': send " + PROTOBUF + " or " + JSON));
    }
    if (!ContentEncoding.supported(request.contentEncoding())) {
      return done(unsupported("content encoding '" + request.contentEncoding() + "': send gzip or none"));
    }
    FilteredRequest<T> filtered;
    try {
      byte[] body = ContentEncoding.decode(request.body(), request.contentEncoding(), maxBodyBytes);
      filtered = parser.parse(body, encoding);
    } catch (InvalidRecordException e) {
      return done(status(400, RpcStatus.INVALID_ARGUMENT, e.getMessage(), encoding));
    }
    // The spec's full success is an empty response; partial_success is set only when items were rejected.
    Message partial = responses.response(filtered.rejected(), filtered.errorMessage());
    Message answer = filtered.isComplete() ? partial.getDefaultInstanceForType() : partial;
    if (filtered.request().getSerializedSize() == 0) {
      return done(ok(answer, encoding));
    }
    return sendAll(topic, splitter.split(filtered.request()))
        .thenApply(sent -> ok(answer, encoding))
        .exceptionally(failure -> status(503, RpcStatus.UNAVAILABLE,
            "telemetry not stored, retry later: " + failure.getMessage(), encoding));
  }

  /** Completes when the broker took every record; fails when it refused any. */
  private <T extends Message> CompletableFuture<Void> sendAll(Emitter<byte[]> topic, List<RecordKeys.Keyed<T>> records) {
    CompletableFuture<?>[] sent = new CompletableFuture<?>[records.size()];
    for (int i = 0; i < sent.length; i++) {
      RecordKeys.Keyed<T> record = records.get(i);
      sent[i] = Publisher.send(topic, record.key(), encode(record.request())).toCompletableFuture();
    }
    return CompletableFuture.allOf(sent);
  }

  private byte[] encode(Message request) {
    return topicEncoding == Encoding.OTLP_PROTO
        ? request.toByteArray()
        : OtlpJson.print(request).getBytes(StandardCharsets.UTF_8);
  }

  private static Encoding encodingOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return switch (type) {
      case PROTOBUF -> Encoding.OTLP_PROTO;
      case JSON -> Encoding.OTLP_JSON;
      default -> null;
    };
  }

  private static Response unsupported(String what) {
    return Response.status(415).type("text/plain").entity("unsupported " + what).build();
  }

  private static Response ok(Message answer, Encoding encoding) {
    return encoding == Encoding.OTLP_PROTO
        ? Response.ok(answer.toByteArray(), PROTOBUF).build()
        : Response.ok(OtlpJson.print(answer), JSON).build();
  }

  private static Response status(int http, int code, String message, Encoding encoding) {
    return encoding == Encoding.OTLP_PROTO
        ? Response.status(http).type(PROTOBUF).entity(RpcStatus.protobuf(code, message)).build()
        : Response.status(http).type(JSON).entity(RpcStatus.json(code, message)).build();
  }

  private static CompletionStage<Response> done(Response response) {
    return CompletableFuture.completedFuture(response);
  }
}
