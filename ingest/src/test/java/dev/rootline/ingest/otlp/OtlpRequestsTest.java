package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OtlpRequestsTest {
  private static final IngestLimits LIMITS = IngestLimits.DEFAULTS;

  @Test
  void parse_readsBothEncodingsToTheSameMessage() {
    assertThat(OtlpRequests.parseTraces(CHECKOUT_TRACE.toByteArray(), Encoding.OTLP_PROTO, LIMITS))
        .isEqualTo(CHECKOUT_TRACE);
    assertThat(OtlpRequests.parseTraces(OtlpJson.print(CHECKOUT_TRACE).getBytes(UTF_8), Encoding.OTLP_JSON, LIMITS))
        .isEqualTo(CHECKOUT_TRACE);
    assertThat(OtlpRequests.parseMetrics(OtlpJson.print(ALL_METRIC_TYPES).getBytes(UTF_8), Encoding.OTLP_JSON, LIMITS))
        .isEqualTo(ALL_METRIC_TYPES);
    assertThat(OtlpRequests.parseLogs(OtlpJson.print(CHECKOUT_LOGS).getBytes(UTF_8), Encoding.OTLP_JSON, LIMITS))
        .isEqualTo(CHECKOUT_LOGS);
  }

  @Test
  void parse_rejectsABodyAboveTheSizeLimit() {
    assertThatThrownBy(() -> OtlpRequests.parseLogs(new byte[11], Encoding.OTLP_PROTO,
        RejectedRecordTest.limits(10, 10))).isInstanceOf(InvalidRecordException.class)
        .hasMessage("record of 11 bytes exceeds the limit of 10 bytes");
  }

  @Test
  void parse_rejectsGarbledProtobuf() {
    assertThatThrownBy(() -> OtlpRequests.parseTraces(new byte[] {10, 5, 1}, Encoding.OTLP_PROTO, LIMITS))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("truncated or garbled protobuf: While parsing a protocol message, the input ended "
            + "unexpectedly in the middle of a field.");
  }

  @Test
  void parse_rejectsJsonOfAnotherSignal() {
    assertThatThrownBy(() -> OtlpRequests.parseTraces(OtlpJson.print(CHECKOUT_LOGS).getBytes(UTF_8),
        Encoding.OTLP_JSON, LIMITS)).isInstanceOf(InvalidRecordException.class)
        .hasMessage("JSON does not match the OTLP schema: no resourceSpans field");
  }

  @Test
  void parse_rejectsInvalidJson() {
    assertThatThrownBy(() -> OtlpRequests.parseMetrics("{\"resourceMetrics\":".getBytes(UTF_8),
        Encoding.OTLP_JSON, LIMITS)).isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("invalid JSON: ");
  }
}
