package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.core.telemetry.Span;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The protobuf reader looks a resource up by its bytes before decoding it. */
class ResourceCacheTest {
  private static final OtlpDecoder DECODER = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);

  @Test
  void aRepeatedResourceIsTheSameResource() {
    byte[] record = record("checkout-7f9c", "checkout");

    Span first = DECODER.spans(record).get(0);
    Span again = DECODER.spans(record.clone()).get(0);

    assertThat(again.resource()).isSameAs(first.resource());
    assertThat(again.resource().instance()).isEqualTo("checkout-7f9c");
  }

  @Test
  void resourcesThatDifferInOneByteAreToldApart() {
    // Same length, same first and last bytes: only the full comparison separates them.
    List<String> instances = List.of("checkout-aaaa-1", "checkout-aaab-1", "checkout-aaaa-1", "checkout-aaab-1");
    for (String instance : instances) {
      assertThat(DECODER.spans(record(instance, "checkout")).get(0).resource().instance()).isEqualTo(instance);
    }
  }

  @Test
  void theSameBytesUnderOtherLimitsAreDecodedAgain() {
    IngestLimits d = IngestLimits.DEFAULTS;
    IngestLimits shortStrings = new IngestLimits(d.maxRecordBytes(), d.maxItemsPerRecord(), 4, d.earliestNanos(),
        d.latestNanos(), d.maxSpanDurationNanos());
    byte[] record = record("checkout-1", "checkout");

    assertThat(DECODER.spans(record).get(0).resource().service()).isEqualTo("checkout");
    assertThat(OtlpDecoder.of(Encoding.OTLP_PROTO, shortStrings).spans(record).get(0).resource().service())
        .isEqualTo("chec");
  }

  @Test
  void aResourceCutShortIsRejectedAsTruncatedEvenWhenItsStartIsKnown() {
    byte[] record = record("checkout-9", "checkout");
    DECODER.spans(record);
    byte[] cut = Arrays.copyOf(record, 40);

    assertThatThrownBy(() -> DECODER.spans(cut)).isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("truncated");
  }

  private static byte[] record(String instance, String service) {
    return traces(resourceSpans(
        resource(str("service.name", service), str("service.instance.id", instance),
            str("telemetry.sdk.language", "java"), str("process.pid", "4242")),
        span(FRONTEND_SERVER, "", "GET /checkout", SpanKind.SPAN_KIND_SERVER, 0, 20))).toByteArray();
  }
}
