package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.rootline.core.telemetry.Span;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import org.junit.jupiter.api.Test;

class OtlpPartialFilterTest {
  private static final OtlpPartialFilter FILTER = OtlpPartialFilter.of(IngestLimits.DEFAULTS);
  private static final OtlpDecoder DECODER = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);

  @Test
  void traces_keepsAValidRequestAsItIs() {
    FilteredRequest<ExportTraceServiceRequest> filtered = FILTER.traces(CHECKOUT_TRACE);

    assertThat(filtered.request()).isSameAs(CHECKOUT_TRACE);
    assertThat(filtered.rejected()).isZero();
    assertThat(filtered.errorMessage()).isEmpty();
    assertThat(filtered.isComplete()).isTrue();
  }

  @Test
  void traces_dropsExactlyTheInvalidSpansAndCountsThem() {
    ExportTraceServiceRequest.Builder builder = CHECKOUT_TRACE.toBuilder();
    var cart = builder.getResourceSpansBuilder(1).getScopeSpansBuilder(0);
    cart.getSpansBuilder(1).setEndTimeUnixNano(cart.getSpans(1).getStartTimeUnixNano() - 1);
    cart.getSpansBuilder(3).setSpanId(ByteString.copyFrom(new byte[8]));

    FilteredRequest<ExportTraceServiceRequest> filtered = FILTER.traces(builder.build());

    assertThat(filtered.rejected()).isEqualTo(2);
    assertThat(filtered.errorMessage())
        .isEqualTo("rejected 2 of 8 spans; the first: span 2 of resource 2: end time before start time");
    assertThat(DECODER.spans(filtered.request().toByteArray())).extracting(Span::spanIdHex)
        .containsExactly(FRONTEND_SERVER, FRONTEND_CLIENT, CART_SERVER, CART_PUBLISH, CART_ORDERS_DB, CART_INTERNAL);
  }

  @Test
  void traces_judgesSpansAsTheDecoderDoes() {
    ExportTraceServiceRequest invalid = checkoutWithSpan(1, 2, s -> s.setTraceId(hex("0102")));

    assertThatThrownBy(() -> DECODER.spans(invalid.toByteArray()))
        .hasMessage("span 3 of resource 2: trace id must be 16 bytes, got 2");
    assertThat(FILTER.traces(invalid).errorMessage())
        .endsWith("span 3 of resource 2: trace id must be 16 bytes, got 2");
  }

  @Test
  void traces_dropsAResourceLeftWithoutSpans() {
    ExportTraceServiceRequest invalid = checkoutWithSpan(0, 0, s -> s.clearStartTimeUnixNano()).toBuilder()
        .setResourceSpans(0, CHECKOUT_TRACE.getResourceSpans(0).toBuilder().setScopeSpans(0,
            CHECKOUT_TRACE.getResourceSpans(0).getScopeSpans(0).toBuilder().clearSpans()
                .addSpans(CHECKOUT_TRACE.getResourceSpans(0).getScopeSpans(0).getSpans(0).toBuilder()
                    .clearStartTimeUnixNano())))
        .build();

    FilteredRequest<ExportTraceServiceRequest> filtered = FILTER.traces(invalid);

    assertThat(filtered.rejected()).isEqualTo(1);
    assertThat(filtered.request().getResourceSpansCount()).isEqualTo(1);
  }

  @Test
  void traces_rejectsSpansBeyondTheItemLimit() {
    var filtered = OtlpPartialFilter.of(RejectedRecordTest.limits(1 << 20, 5)).traces(CHECKOUT_TRACE);

    assertThat(filtered.rejected()).isEqualTo(3);
    assertThat(filtered.errorMessage()).endsWith("span 4 of resource 2: more than 5 spans in one record");
  }

  @Test
  void metrics_dropsExactlyTheInvalidPointsAndCountsThem() {
    var builder = ALL_METRIC_TYPES.toBuilder();
    var scope = builder.getResourceMetricsBuilder(0).getScopeMetricsBuilder(0);
    scope.getMetricsBuilder(3).getHistogramBuilder().getDataPointsBuilder(0).setTimeUnixNano(0);
    scope.getMetricsBuilder(5).getSummaryBuilder().getDataPointsBuilder(0).setTimeUnixNano(7);

    var filtered = FILTER.metrics(builder.build());

    assertThat(filtered.rejected()).isEqualTo(2);
    assertThat(filtered.errorMessage())
        .isEqualTo("rejected 2 of 7 data points; the first: data point 1 of metric 4 of resource 1: time missing");
    assertThat(DECODER.metrics(filtered.request().toByteArray())).extracting(p -> p.name())
        .containsExactly("process.cpu.utilization", "orders.created", "queue.enqueued", "rpc.client.duration");
  }

  @Test
  void metrics_keepsAValidRequestAsItIs() {
    assertThat(FILTER.metrics(ALL_METRIC_TYPES).request()).isSameAs(ALL_METRIC_TYPES);
  }

  @Test
  void logs_dropsExactlyTheInvalidLogsAndCountsThem() {
    var invalid = LogDecodingTest.withSecondLog(log -> log.clearObservedTimeUnixNano());

    var filtered = FILTER.logs(invalid);

    assertThat(filtered.rejected()).isEqualTo(1);
    assertThat(filtered.errorMessage()).isEqualTo(
        "rejected 1 of 2 log records; the first: log record 2 of resource 1: neither time nor observed time set");
    assertThat(DECODER.logs(filtered.request().toByteArray())).singleElement()
        .satisfies(log -> assertThat(log.body()).isEqualTo("stock service timed out"));
  }
}
