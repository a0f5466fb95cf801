package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSpanDecodingTest {
  private static final OtlpDecoder JSON = OtlpDecoder.of(Encoding.OTLP_JSON, IngestLimits.DEFAULTS);
  private static final OtlpDecoder PROTO = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);

  /** One server span as the Collector's otlp_json encoding writes it, with {@code %s} for extra span fields. */
  private static final String SERVER_SPAN = """
      {"resourceSpans":[{"resource":{"attributes":[
         {"key":"service.name","value":{"stringValue":"cart"}}]},
       "scopeSpans":[{"scope":{"name":"manual"},"spans":[{
         "traceId":"%s","spanId":"%s","parentSpanId":"",
         "name":"GET /cart","kind":2,
         "startTimeUnixNano":"%d","endTimeUnixNano":"%d",
         "attributes":[{"key":"http.response.status_code","value":{"intValue":"404"}}],
         "status":{}%s}]}]}]}
      """;

  private static byte[] serverSpan(String extraFields) {
    return SERVER_SPAN.formatted(TRACE_ID, CART_SERVER, T0, T0 + 1_000_000, extraFields).getBytes(UTF_8);
  }

  @Test
  void decode_jsonWithHexIdsGivesTheSameSpansAsProto() {
    byte[] json = OtlpJson.print(CHECKOUT_TRACE).getBytes(UTF_8);

    List<Span> fromJson = JSON.spans(json);

    assertThat(fromJson).hasSize(8).isEqualTo(PROTO.spans(CHECKOUT_TRACE.toByteArray()));
  }

  @Test
  void decode_readsCollectorShapedJson() {
    Span span = JSON.spans(serverSpan("")).get(0);

    assertThat(span.traceIdHex()).isEqualTo(TRACE_ID);
    assertThat(span.spanIdHex()).isEqualTo(CART_SERVER);
    assertThat(span.isRoot()).isTrue();
    assertThat(span.kind()).isEqualTo(SpanKind.SERVER);
    assertThat(span.durationNanos()).isEqualTo(1_000_000);
    assertThat(span.attributes().httpStatusCode()).isEqualTo(404);
    assertThat(span.resource().service()).isEqualTo("cart");
  }

  @Test
  void decode_acceptsEnumNamesAndInt64Numbers() {
    String json = """
        {"resourceSpans":[{"scopeSpans":[{"spans":[{
          "traceId":"%s","spanId":"%s","name":"consume","kind":"SPAN_KIND_CONSUMER",
          "startTimeUnixNano":%d,"endTimeUnixNano":%d,
          "status":{"code":"STATUS_CODE_ERROR","message":"poison message"}}]}]}]}
        """.formatted(TRACE_ID, CART_SERVER, T0, T0 + 5);

    Span span = JSON.spans(json.getBytes(UTF_8)).get(0);

    assertThat(span.kind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(span.status()).isEqualTo(SpanStatus.ERROR);
    assertThat(span.statusMessage()).isEqualTo("poison message");
    assertThat(span.endNanos()).isEqualTo(T0 + 5);
  }

  @Test
  void decode_acceptsProtoFieldNames() {
    String json = """
        {"resource_spans":[{"scope_spans":[{"spans":[{
          "trace_id":"%s","span_id":"%s","parent_span_id":"%s","name":"x","kind":3,
          "start_time_unix_nano":"%d","end_time_unix_nano":"%d",
          "attributes":[{"key":"peer.service","value":{"string_value":"stock"}}]}]}]}]}
        """.formatted(TRACE_ID, CART_STOCK, CART_SERVER, T0, T0 + 5);

    Span span = JSON.spans(json.getBytes(UTF_8)).get(0);

    assertThat(span.spanIdHex()).isEqualTo(CART_STOCK);
    assertThat(dev.rootline.core.telemetry.TraceIds.hex(span.parentSpanId())).isEqualTo(CART_SERVER);
    assertThat(span.attributes().peerService()).isEqualTo("stock");
  }

  @Test
  void decode_ignoresUnknownFieldsAndNulls() {
    String extra = """
        ,"links":[{"traceId":"%s","spanId":"%s"}],"futureField":{"nested":[1,2,{"a":null}]},
        "events":null,"droppedAttributesCount":3""".formatted(TRACE_ID, CART_DB);

    Span span = JSON.spans(serverSpan(extra)).get(0);

    assertThat(span.name()).isEqualTo("GET /cart");
    assertThat(span.exceptions()).isEmpty();
  }

  @Test
  void decode_readsAnAttributeWhoseValueComesBeforeItsKey() {
    String json = new String(serverSpan(""), UTF_8).replace(
        "{\"key\":\"http.response.status_code\",\"value\":{\"intValue\":\"404\"}}",
        "{\"value\":{\"stringValue\":\"/late\"},\"key\":\"http.route\"}");

    assertThat(JSON.spans(json.getBytes(UTF_8)).get(0).attributes().httpRoute()).isEqualTo("/late");
  }

  @Test
  void decode_readsExceptionEventsFromJson() {
    String extra = """
        ,"events":[{"timeUnixNano":"%d","name":"exception","attributes":[
          {"key":"exception.type","value":{"stringValue":"TimeoutError"}},
          {"key":"exception.message","value":{"stringValue":"deadline exceeded"}}]}]""".formatted(T0 + 10);

    Span span = JSON.spans(serverSpan(extra)).get(0);

    assertThat(span.exceptions()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("TimeoutError");
      assertThat(e.message()).isEqualTo("deadline exceeded");
      assertThat(e.timeNanos()).isEqualTo(T0 + 10);
    });
  }

  @Test
  void decode_givesNoSpansForAnEmptyObject() {
    assertThat(JSON.spans("{}".getBytes(UTF_8))).isEmpty();
  }
}
