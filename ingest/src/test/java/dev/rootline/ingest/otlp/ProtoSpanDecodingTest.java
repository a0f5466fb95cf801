package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import dev.rootline.core.telemetry.ExceptionEvent;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import dev.rootline.core.telemetry.TraceIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtoSpanDecodingTest {
  private static final OtlpDecoder DECODER = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);
  private static final List<Span> SPANS = DECODER.spans(CHECKOUT_TRACE.toByteArray());

  @Test
  void decode_readsEverySpanInRecordOrder() {
    assertThat(SPANS).extracting(Span::name).containsExactly("GET /checkout", "POST",
        "POST /cart/{id}", "SELECT shop.carts", "cart-events publish", "inventory.v1.Stock/Reserve",
        "SELECT orders", "price cart");
  }

  @Test
  void decode_readsIdsIntoLongs() {
    Span client = SPANS.get(1);
    assertThat(client.traceIdHex()).isEqualTo(TRACE_ID);
    assertThat(client.spanIdHex()).isEqualTo(FRONTEND_CLIENT);
    assertThat(TraceIds.hex(client.parentSpanId())).isEqualTo(FRONTEND_SERVER);
    assertThat(SPANS.get(0).isRoot()).isTrue();
  }

  @Test
  void decode_readsTimesAsEpochNanos() {
    Span client = SPANS.get(1);
    assertThat(client.startNanos()).isEqualTo(T0 + 5_000_000);
    assertThat(client.durationNanos()).isEqualTo(100_000_000);
  }

  @Test
  void decode_readsResourceAttributes() {
    assertThat(SPANS.get(0).resource()).isEqualTo(new Resource("frontend", "1.4.2", "prod",
        "frontend-1", "shop", "frontend-7d9f", "node-1"));
  }

  @Test
  void decode_readsOlderDeploymentEnvironment() {
    assertThat(SPANS.get(2).resource()).isEqualTo(new Resource("cart", "2.0.0", "prod", null, null, null, null));
  }

  @Test
  void decode_sharesOneResourcePerResourceSpans() {
    assertThat(SPANS.get(1).resource()).isSameAs(SPANS.get(0).resource());
    assertThat(SPANS.get(7).resource()).isSameAs(SPANS.get(2).resource());
  }

  @Test
  void decode_defaultsServiceNameToUnknownService() {
    byte[] record = traces(resourceSpans(resource(str("host.name", "node-9")),
        span(CART_DB, "", "x", io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_SERVER, 0, 1)))
        .toByteArray();

    assertThat(DECODER.spans(record).get(0).resource().service()).isEqualTo("unknown_service");
  }

  @Test
  void decode_readsKindAndStatus() {
    assertThat(SPANS).extracting(Span::kind).containsExactly(SpanKind.SERVER, SpanKind.CLIENT,
        SpanKind.SERVER, SpanKind.CLIENT, SpanKind.PRODUCER, SpanKind.CLIENT, SpanKind.CLIENT,
        SpanKind.INTERNAL);
    assertThat(SPANS.get(1).status()).isEqualTo(SpanStatus.ERROR);
    assertThat(SPANS.get(1).statusMessage()).isEqualTo("upstream failed");
    assertThat(SPANS.get(0).status()).isEqualTo(SpanStatus.UNSET);
    assertThat(SPANS.get(0).statusMessage()).isNull();
  }

  @Test
  void decode_readsCurrentHttpAttributes() {
    assertThat(SPANS.get(0).attributes())
        .isEqualTo(new SpanAttributes("GET", "/checkout", 200, null, null, null, null, null, null));
  }

  @Test
  void decode_readsOlderHttpAttributesWithStringStatusCode() {
    assertThat(SPANS.get(2).attributes())
        .isEqualTo(new SpanAttributes("POST", "/cart/{id}", 503, null, null, null, null, null, null));
    assertThat(SPANS.get(2).isError()).isTrue();
  }

  @Test
  void decode_prefersPeerServiceThenServerAddressThenNetPeerName() {
    assertThat(SPANS.get(1).attributes().peerService()).isEqualTo("cart");
    assertThat(SPANS.get(5).attributes().peerService()).isEqualTo("inventory");
    assertThat(SPANS.get(3).attributes().peerService()).isEqualTo("pg-primary");
  }

  @Test
  void decode_readsDatabaseMessagingAndRpcAttributesUnderBothNames() {
    assertThat(SPANS.get(3).attributes().dbSystem()).isEqualTo("postgresql");
    assertThat(SPANS.get(3).attributes().dbNamespace()).isEqualTo("shop");
    assertThat(SPANS.get(6).attributes().dbSystem()).isEqualTo("postgresql");
    assertThat(SPANS.get(6).attributes().dbNamespace()).isEqualTo("orders");
    assertThat(SPANS.get(4).attributes().messagingSystem()).isEqualTo("kafka");
    assertThat(SPANS.get(4).attributes().messagingDestination()).isEqualTo("cart-events");
    assertThat(SPANS.get(5).attributes().rpcService()).isEqualTo("inventory.v1.Stock");
  }

  @Test
  void decode_keepsOnlyExceptionEvents() {
    assertThat(SPANS.get(2).exceptions()).containsExactly(new ExceptionEvent(T0 + 80_000_000,
        "java.lang.IllegalStateException", "stock service timed out"));
    assertThat(SPANS.get(0).exceptions()).isEmpty();
  }

  @Test
  void decode_sharesNoneForSpansWithoutReadAttributes() {
    assertThat(SPANS.get(7).attributes()).isSameAs(SpanAttributes.NONE);
  }

  @Test
  void decode_truncatesLongStrings() {
    IngestLimits limits = new IngestLimits(1 << 20, 10, 8, IngestLimits.DEFAULTS.earliestNanos(),
        IngestLimits.DEFAULTS.latestNanos(), IngestLimits.DEFAULTS.maxSpanDurationNanos());
    Span span = OtlpDecoder.of(Encoding.OTLP_PROTO, limits).spans(CHECKOUT_TRACE.toByteArray()).get(2);

    assertThat(span.name()).isEqualTo("POST /ca");
    assertThat(span.statusMessage()).isEqualTo("Internal");
    assertThat(span.exceptions().get(0).type()).isEqualTo("java.lan");
  }

  @Test
  void decode_givesNoSpansForAnEmptyRequest() {
    assertThat(DECODER.spans(new byte[0])).isEmpty();
  }

  @Test
  void decode_attachesAResourceWrittenAfterItsSpans() throws IOException {
    var resourceSpans = CHECKOUT_TRACE.getResourceSpans(1);
    byte[] reordered = message(1, message(2, resourceSpans.getScopeSpans(0).toByteString())
        .concat(message(1, resourceSpans.getResource().toByteString()))).toByteArray();

    List<Span> spans = DECODER.spans(reordered);

    assertThat(spans).hasSize(6).allSatisfy(s -> assertThat(s.resource().service()).isEqualTo("cart"));
  }

  @Test
  void decode_readsAnAttributeWhoseValueComesBeforeItsKey() throws IOException {
    var attribute = str("http.route", "/late");
    ByteString valueFirst = message(2, attribute.getValue().toByteString())
        .concat(message(1, ByteString.copyFromUtf8("http.route")));
    byte[] span = span(CART_DB, "", "x", io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_SERVER, 0, 1)
        .build().toByteString().concat(message(9, valueFirst)).toByteArray();
    byte[] record = message(1, message(2, message(2, ByteString.copyFrom(span)))).toByteArray();

    assertThat(DECODER.spans(record).get(0).attributes().httpRoute()).isEqualTo("/late");
  }

  /** A length-delimited field, written by hand to put fields in an order the builders never use. */
  static ByteString message(int field, ByteString body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CodedOutputStream coded = CodedOutputStream.newInstance(out);
    coded.writeBytes(field, body);
    coded.flush();
    return ByteString.copyFrom(out.toByteArray());
  }
}
