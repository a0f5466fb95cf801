package dev.rootline.simulator.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.rootline.ingest.change.DeployEventJson;
import dev.rootline.ingest.otlp.OtlpJson;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTelemetrySinkTest extends TelemetrySinkContract {
  @TempDir
  Path dir;

  @Override
  TelemetrySink open() {
    return FileTelemetrySink.create(dir);
  }

  @Override
  Written readBack() {
    return new Written(
        parse("spans.jsonl", json -> OtlpJson.parse(json, ExportTraceServiceRequest.newBuilder()).build()),
        parse("metrics.jsonl", json -> OtlpJson.parse(json, ExportMetricsServiceRequest.newBuilder()).build()),
        parse("logs.jsonl", json -> OtlpJson.parse(json, ExportLogsServiceRequest.newBuilder()).build()),
        parse("deploys.jsonl", DeployEventJson::read));
  }

  @Test
  void create_failsClearlyWhenTheDirectoryIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");

    assertThatThrownBy(() -> FileTelemetrySink.create(file))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(file.toString());
  }

  @Test
  void spans_writesOneOtlpJsonRequestPerLineWithHexIds() {
    byte[] traceId = HexFormat.of().parseHex("0af7651916cd43dd8448eb211c80319c");
    Span span = Span.newBuilder().setName("GET /").setTraceId(ByteString.copyFrom(traceId))
        .setSpanId(ByteString.copyFrom(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})).build();
    ExportTraceServiceRequest request = ExportTraceServiceRequest.newBuilder()
        .addResourceSpans(ResourceSpans.newBuilder().addScopeSpans(ScopeSpans.newBuilder().addSpans(span)))
        .build();

    try (TelemetrySink sink = open()) {
      sink.spans(traceId, request);
      sink.spans(traceId, request);
    }

    assertThat(lines("spans.jsonl")).hasSize(2).allSatisfy(line -> assertThat(line)
        .contains("\"traceId\":\"0af7651916cd43dd8448eb211c80319c\"", "\"spanId\":\"0102030405060708\""));
  }

  @Test
  void logs_keepTextThatLooksLikeAnIdFieldAndPrintsItPlainly() {
    String body = "{\"traceId\":\"AAAA\"} x{\" WHERE id = $1 <a href='b'>&";
    ExportLogsServiceRequest request = ExportLogsServiceRequest.newBuilder()
        .addResourceLogs(ResourceLogs.newBuilder().addScopeLogs(ScopeLogs.newBuilder().addLogRecords(
            LogRecord.newBuilder().setBody(AnyValue.newBuilder().setStringValue(body))
                .setSpanId(ByteString.copyFrom(new byte[] {1, 2, 3, 4, 5, 6, 7, (byte) 0xfb})))))
        .build();

    try (TelemetrySink sink = open()) {
      sink.logs(request);
    }

    assertThat(readBack().logs()).containsExactly(request);
    assertThat(lines("logs.jsonl").get(0)).contains("WHERE id = $1 <a href='b'>&", "\"spanId\":\"01020304050607fb\"");
  }

  private <M> List<M> parse(String file, Function<byte[], M> decode) {
    return lines(file).stream().map(line -> decode.apply(line.getBytes(StandardCharsets.UTF_8))).toList();
  }

  private List<String> lines(String file) {
    try {
      return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
