package dev.rootline.app.otlphttp;

import dev.rootline.app.ingest.IngestConfig;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.otlp.IngestLimits;
import dev.rootline.ingest.otlp.OtlpPartialFilter;
import dev.rootline.ingest.otlp.OtlpRequests;
import dev.rootline.ingest.otlp.RecordKeys;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * OTLP/HTTP: {@code POST /v1/traces}, {@code /v1/metrics}, {@code /v1/logs} in protobuf or JSON.
 * Valid items are published to the same topics the Collector writes, in the configured encoding
 * and keyed as its kafka exporter keys them (one record per trace, or per resource);
 * invalid items are counted in a partial-success answer; malformed bodies get 400, unsupported
 * content types 415, and a broker that does not take the data 503 so the sender retries.
 */
@Path("/v1")
@Consumes("*/*")
public class OtlpHttpResource {
  private final OtlpExchange exchange;
  private final OtlpPartialFilter filter;
  private final IngestLimits limits;
  private final Emitter<byte[]> spans;
  private final Emitter<byte[]> metrics;
  private final Emitter<byte[]> logs;

  OtlpHttpResource(IngestConfig config, IngestLimits limits,
      @Channel("spans-out") Emitter<byte[]> spans,
      @Channel("metrics-out") Emitter<byte[]> metrics,
      @Channel("logs-out") Emitter<byte[]> logs) {
    this.exchange = new OtlpExchange(Encoding.of(config.encoding()), limits.maxRecordBytes());
    this.filter = OtlpPartialFilter.of(limits);
    this.limits = limits;
    this.spans = spans;
    this.metrics = metrics;
    this.logs = logs;
  }

  @POST
  @Path("/traces")
  public CompletionStage<Response> traces(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      @HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding, byte[] body) {
    return exchange.handle(new OtlpExchange.OtlpHttpRequest(type, encoding, body), spans,
        (decoded, format) -> filter.traces(OtlpRequests.parseTraces(decoded, format, limits)), RecordKeys::byTrace,
        (rejected, message) -> ExportTraceServiceResponse.newBuilder()
            .setPartialSuccess(ExportTracePartialSuccess.newBuilder()
                .setRejectedSpans(rejected).setErrorMessage(message))
            .build());
  }

  @POST
  @Path("/metrics")
  public CompletionStage<Response> metrics(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      @HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding, byte[] body) {
    return exchange.handle(new OtlpExchange.OtlpHttpRequest(type, encoding, body), metrics,
        (decoded, format) -> filter.metrics(OtlpRequests.parseMetrics(decoded, format, limits)), RecordKeys::byResource,
        (rejected, message) -> ExportMetricsServiceResponse.newBuilder()
            .setPartialSuccess(ExportMetricsPartialSuccess.newBuilder()
                .setRejectedDataPoints(rejected).setErrorMessage(message))
            .build());
  }

  @POST
  @Path("/logs")
  public CompletionStage<Response> logs(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      @HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding, byte[] body) {
    return exchange.handle(new OtlpExchange.OtlpHttpRequest(type, encoding, body), logs,
        (decoded, format) -> filter.logs(OtlpRequests.parseLogs(decoded, format, limits)), RecordKeys::byResource,
        (rejected, message) -> ExportLogsServiceResponse.newBuilder()
            .setPartialSuccess(ExportLogsPartialSuccess.newBuilder()
                .setRejectedLogRecords(rejected).setErrorMessage(message))
            .build());
  }

}
