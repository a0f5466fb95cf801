package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.TraceIds;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LogDecodingTest {
  private static final OtlpDecoder PROTO = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);
  private static final OtlpDecoder JSON = OtlpDecoder.of(Encoding.OTLP_JSON, IngestLimits.DEFAULTS);
  private static final List<LogRecord> LOGS = PROTO.logs(CHECKOUT_LOGS.toByteArray());

  @Test
  void decode_readsSeverityBodyAndTraceIds() {
    LogRecord error = LOGS.get(0);

    assertThat(error.isError()).isTrue();
    assertThat(error.severityText()).isEqualTo("ERROR");
    assertThat(error.body()).isEqualTo("stock service timed out");
    assertThat(error.hasTrace()).isTrue();
    assertThat(TraceIds.hex(error.traceIdHigh(), error.traceIdLow())).isEqualTo(TRACE_ID);
    assertThat(TraceIds.hex(error.spanId())).isEqualTo(CART_SERVER);
    assertThat(error.timeNanos()).isEqualTo(T0 + 85_000_000);
    assertThat(error.attributes()).isEqualTo(
        Map.of("exception.type", "java.lang.IllegalStateException", "thread.id", "42"));
    assertThat(error.resource().k8sPod()).isEqualTo("cart-5c8b");
  }

  @Test
  void decode_fallsBackToObservedTimeAndRendersStructuredBodies() {
    LogRecord info = LOGS.get(1);

    assertThat(info.timeNanos()).isEqualTo(T0 + 90_000_000);
    assertThat(info.body()).isEqualTo("{\"event\":\"cart.updated\",\"items\":3}");
    assertThat(info.hasTrace()).isFalse();
    assertThat(info.severityText()).isNull();
    assertThat(info.severityNumber()).isEqualTo(9);
  }

  @Test
  void decode_readsJsonLogsLikeProto() {
    assertThat(JSON.logs(OtlpJson.print(CHECKOUT_LOGS).getBytes(UTF_8))).isEqualTo(LOGS);
  }

  @Test
  void decode_rejectsALogWithNeitherTimeNorObservedTime() {
    byte[] record = withSecondLog(log -> log.clearObservedTimeUnixNano()).toByteArray();

    assertThatThrownBy(() -> PROTO.logs(record)).isInstanceOf(InvalidRecordException.class)
        .hasMessage("log record 2 of resource 1: neither time nor observed time set");
  }

  @Test
  void decode_rejectsALogWithAnAbsurdTime() {
    byte[] record = withSecondLog(log -> log.setTimeUnixNano(Long.MAX_VALUE)).toByteArray();

    assertThatThrownBy(() -> PROTO.logs(record)).isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("log record 2 of resource 1: time 2262-04-11T23:47:16.854775807Z outside");
  }

  @Test
  void decode_rejectsALogWithATraceIdOfTheWrongLength() {
    byte[] record = withSecondLog(log -> log.setTraceId(hex("0102030405"))).toByteArray();

    assertThatThrownBy(() -> PROTO.logs(record)).isInstanceOf(InvalidRecordException.class)
        .hasMessage("log record 2 of resource 1: trace id must be 16 bytes or empty, got 5");
  }

  @Test
  void decode_truncatesLongBodies() {
    byte[] record = withSecondLog(log -> log.getBodyBuilder().setStringValue("x".repeat(5000))).toByteArray();

    assertThat(PROTO.logs(record).get(1).body()).hasSize(4096);
  }

  static ExportLogsServiceRequest withSecondLog(Consumer<io.opentelemetry.proto.logs.v1.LogRecord.Builder> change) {
    ExportLogsServiceRequest.Builder builder = CHECKOUT_LOGS.toBuilder();
    change.accept(builder.getResourceLogsBuilder(0).getScopeLogsBuilder(0).getLogRecordsBuilder(1));
    return builder.build();
  }
}
