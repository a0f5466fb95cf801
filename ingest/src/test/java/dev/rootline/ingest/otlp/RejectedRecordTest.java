package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.util.Arrays;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class RejectedRecordTest {
  private static final OtlpDecoder PROTO = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);
  private static final OtlpDecoder JSON = OtlpDecoder.of(Encoding.OTLP_JSON, IngestLimits.DEFAULTS);

  private static AbstractThrowableAssert<?, ?> rejecting(ExportTraceServiceRequest request) {
    return assertThatThrownBy(() -> PROTO.spans(request.toByteArray()))
        .isInstanceOf(InvalidRecordException.class);
  }

  private static AbstractThrowableAssert<?, ?> rejectingJson(String json) {
    return assertThatThrownBy(() -> JSON.spans(json.getBytes(UTF_8))).isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void decode_rejectsTruncatedProtobuf() {
    byte[] record = CHECKOUT_TRACE.toByteArray();

    assertThatThrownBy(() -> PROTO.spans(Arrays.copyOf(record, record.length - 7)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("truncated or garbled protobuf in resource 2: While parsing a protocol message, "
            + "the input ended unexpectedly in the middle of a field.");
  }

  @Test
  void decode_rejectsRandomBytes() {
    byte[] noise = new byte[512];
    new Random(42).nextBytes(noise);

    assertThatThrownBy(() -> PROTO.spans(noise)).isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("truncated or garbled protobuf");
  }

  @Test
  void decode_rejectsMetricsGivenToTheSpanDecoder() {
    assertThatThrownBy(() -> PROTO.spans(ALL_METRIC_TYPES.toByteArray()))
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("span 1 of resource 1");
  }

  @Test
  void decode_rejectsLogsGivenToTheSpanDecoder() {
    assertThatThrownBy(() -> PROTO.spans(CHECKOUT_LOGS.toByteArray()))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("span 1 of resource 1")
        .hasMessageContaining("is this the right signal?");
  }

  @Test
  void decode_hintsAtTheEncodingWhenJsonReachesTheProtobufDecoder() {
    assertThatThrownBy(() -> PROTO.spans(OtlpJson.print(CHECKOUT_TRACE).getBytes(UTF_8)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageEndingWith("The record looks like JSON: is its encoding otlp_json?");
  }

  @Test
  void decode_rejectsInvalidJson() {
    rejectingJson("{\"resourceSpans\":[{\"scopeSpans\":[}]}").hasMessageStartingWith("invalid JSON in resource 1")
        .hasMessageContaining("line 1, column");
  }

  @Test
  void decode_rejectsJsonOfAnotherSignal() {
    rejectingJson(OtlpJson.print(ALL_METRIC_TYPES)).hasMessage("JSON does not match the OTLP schema: no resourceSpans field");
  }

  @Test
  void decode_rejectsJsonOfTheWrongShape() {
    rejectingJson("[1,2]").hasMessageContaining("the request must be a JSON object");
    rejectingJson("{\"resourceSpans\":{}}").hasMessageContaining("resourceSpans must be an array");
    rejectingJson(OtlpJson.print(CHECKOUT_TRACE).replaceFirst("\"startTimeUnixNano\":\"\\d+\"", "\"startTimeUnixNano\":true"))
        .hasMessage("JSON does not match the OTLP schema in span 1 of resource 1: startTimeUnixNano must be "
            + "an integer or a string of digits");
  }

  @Test
  void decode_rejectsJsonIdsThatAreNotHex() {
    rejectingJson(OtlpJson.print(CHECKOUT_TRACE).replace(TRACE_ID, "S/kvNXezTaajzpKdDg5HNg=="))
        .hasMessageContaining("span 1 of resource 1: traceId must be a hex string");
  }

  @Test
  void decode_rejectsTraceIdOfTheWrongLength() {
    rejecting(checkoutWithSpan(0, 1, s -> s.setTraceId(hex("4bf92f3577b34da6")))).hasMessage(
        "span 2 of resource 1: trace id must be 16 bytes, got 8");
    rejectingJson(OtlpJson.print(CHECKOUT_TRACE).replaceFirst(TRACE_ID, "4bf92f3577b34da6")).hasMessage(
        "span 1 of resource 1: trace id must be 16 bytes, got 8");
  }

  @Test
  void decode_rejectsAllZeroIds() {
    rejecting(checkoutWithSpan(1, 0, s -> s.setTraceId(ByteString.copyFrom(new byte[16]))))
        .hasMessage("span 1 of resource 2: trace id is all zeros");
    rejecting(checkoutWithSpan(1, 0, s -> s.setSpanId(ByteString.copyFrom(new byte[8]))))
        .hasMessage("span 1 of resource 2: span id is all zeros");
  }

  @Test
  void decode_rejectsSpanAndParentIdsOfTheWrongLength() {
    rejecting(checkoutWithSpan(1, 2, s -> s.clearSpanId())).hasMessage("span 3 of resource 2: span id must be 8 bytes, got 0");
    rejecting(checkoutWithSpan(1, 2, s -> s.setParentSpanId(hex("0102")))).hasMessage(
        "span 3 of resource 2: parent span id must be 8 bytes or empty, got 2");
  }

  @Test
  void decode_rejectsMissingTimes() {
    rejecting(checkoutWithSpan(0, 0, s -> s.clearStartTimeUnixNano())).hasMessage("span 1 of resource 1: start time missing");
    rejecting(checkoutWithSpan(0, 0, s -> s.clearEndTimeUnixNano())).hasMessage("span 1 of resource 1: end time missing");
  }

  @Test
  void decode_rejectsAbsurdTimestamps() {
    rejecting(checkoutWithSpan(0, 0, s -> s.setStartTimeUnixNano(1_000).setEndTimeUnixNano(2_000))).hasMessage(
        "span 1 of resource 1: start time 1970-01-01T00:00:00.000001Z outside the accepted range "
            + "2000-01-01T00:00:00Z to 2100-01-01T00:00:00Z");
  }

  @Test
  void decode_rejectsEndBeforeStart() {
    rejecting(checkoutWithSpan(1, 3, s -> s.setEndTimeUnixNano(s.getStartTimeUnixNano() - 1)))
        .hasMessage("span 4 of resource 2: end time before start time");
  }

  @Test
  void decode_rejectsSpansLongerThanTheLimit() {
    rejecting(checkoutWithSpan(0, 0, s -> s.setEndTimeUnixNano(s.getStartTimeUnixNano() + 25 * 3_600_000_000_000L)))
        .hasMessage("span 1 of resource 1: span lasts PT25H, longer than the limit of PT24H");
  }

  @Test
  void decode_rejectsRecordsAboveTheSizeLimit() {
    OtlpDecoder small = OtlpDecoder.of(Encoding.OTLP_PROTO, limits(100, 100));

    assertThatThrownBy(() -> small.spans(CHECKOUT_TRACE.toByteArray())).isInstanceOf(InvalidRecordException.class)
        .hasMessageMatching("record of \\d+ bytes exceeds the limit of 100 bytes");
  }

  @Test
  void decode_rejectsMoreItemsThanAllowed() {
    for (Encoding encoding : Encoding.values()) {
      OtlpDecoder decoder = OtlpDecoder.of(encoding, limits(1 << 20, 3));
      byte[] record = encoding == Encoding.OTLP_JSON
          ? OtlpJson.print(CHECKOUT_TRACE).getBytes(UTF_8) : CHECKOUT_TRACE.toByteArray();

      assertThatThrownBy(() -> decoder.spans(record)).isInstanceOf(InvalidRecordException.class)
          .hasMessage("more than 3 spans in one record");
    }
  }

  @Test
  void decode_rejectsInvalidUtf8InAStringItReads() throws Exception {
    ByteString badName = ProtoSpanDecodingTest.message(5, ByteString.copyFrom(new byte[] {'a', (byte) 0xC3}));
    ByteString span = CHECKOUT_TRACE.getResourceSpans(0).getScopeSpans(0).getSpans(0).toByteString().concat(badName);
    byte[] record = ProtoSpanDecodingTest.message(1,
        ProtoSpanDecodingTest.message(2, ProtoSpanDecodingTest.message(2, span))).toByteArray();

    assertThatThrownBy(() -> PROTO.spans(record)).isInstanceOf(InvalidRecordException.class)
        .hasMessage("truncated or garbled protobuf in span 1 of resource 1: a string is not valid UTF-8");
  }

  @Test
  void decode_neverQuotesAttributeValuesInItsMessage() {
    String secret = "Bearer eyJhbGciOiJIUzI1NiJ9.secret-token-value";
    String json = OtlpJson.print(CHECKOUT_TRACE).replace("{\"intValue\":\"200\"}", "{\"intValue\":\"" + secret + "\"}");

    rejectingJson(json).message().doesNotContain("secret-token");
  }

  @Test
  void decode_acceptsTheSameRecordAfterARejectedOne() {
    assertThatThrownBy(() -> PROTO.spans(new byte[] {10, 100, 1}));

    assertThat(PROTO.spans(CHECKOUT_TRACE.toByteArray())).hasSize(8);
  }

  static IngestLimits limits(int maxBytes, int maxItems) {
    IngestLimits d = IngestLimits.DEFAULTS;
    return new IngestLimits(maxBytes, maxItems, d.maxStringLength(), d.earliestNanos(), d.latestNanos(),
        d.maxSpanDurationNanos());
  }
}
