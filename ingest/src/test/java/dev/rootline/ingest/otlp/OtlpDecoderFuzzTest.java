package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.ingest.fuzz.DecoderProbe;
import dev.rootline.ingest.fuzz.Mutator;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated records against every OTLP decoder: whatever the bytes, a decoder returns
 * items or throws {@link InvalidRecordException} with a reason, which is what the dead-letter topic
 * carries; nothing else may escape to the consumer. Seeded, so a failing case replays.
 */
class OtlpDecoderFuzzTest {
  private static final int PROTO_CASES = 3000;
  /** Fewer: a JSON case costs more (metrics and logs go through a tree and protobuf's JSON parser). */
  private static final int JSON_CASES = 2000;
  /**
   * Found by this test: Jackson guesses the text encoding from the first four bytes and refuses a
   * UCS-4 byte order of 2143 or 3412 as it creates the parser; the span decoder turned that into an
   * IllegalStateException, which bypassed the dead-letter topic.
   */
  static final byte[] ODD_UCS4_ORDER = {0, '{', 0, 0};
  private static final OtlpDecoder PROTO = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);
  private static final OtlpDecoder JSON = OtlpDecoder.of(Encoding.OTLP_JSON, IngestLimits.DEFAULTS);

  private static final byte[] TRACE_PROTO = CHECKOUT_TRACE.toByteArray();
  private static final byte[] METRICS_PROTO = ALL_METRIC_TYPES.toByteArray();
  private static final byte[] LOGS_PROTO = CHECKOUT_LOGS.toByteArray();
  private static final byte[] TRACE_JSON = OtlpJson.print(CHECKOUT_TRACE).getBytes(UTF_8);
  private static final byte[] METRICS_JSON = OtlpJson.print(ALL_METRIC_TYPES).getBytes(UTF_8);
  private static final byte[] LOGS_JSON = OtlpJson.print(CHECKOUT_LOGS).getBytes(UTF_8);

  @Test
  void spans_jsonRejectsTextInAnOddUcs4ByteOrder() {
    assertThatThrownBy(() -> JSON.spans(ODD_UCS4_ORDER)).isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("invalid JSON: ");
    assertThatThrownBy(() -> JSON.metrics(ODD_UCS4_ORDER)).isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> JSON.logs(ODD_UCS4_ORDER)).isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void spans_protoRejectsBadInputWithAReasonOnly() {
    assertOnlyRejections(proto(PROTO::spans, TRACE_PROTO, METRICS_PROTO, TRACE_JSON, 1));
  }

  @Test
  void spans_jsonRejectsBadInputWithAReasonOnly() {
    assertOnlyRejections(json(JSON::spans, TRACE_JSON, LOGS_JSON, 2));
  }

  @Test
  void metrics_protoRejectsBadInputWithAReasonOnly() {
    assertOnlyRejections(proto(PROTO::metrics, METRICS_PROTO, LOGS_PROTO, METRICS_JSON, 3));
  }

  @Test
  void metrics_jsonRejectsBadInputWithAReasonOnly() {
    assertOnlyRejections(json(JSON::metrics, METRICS_JSON, TRACE_JSON, 4));
  }

  @Test
  void logs_protoRejectsBadInputWithAReasonOnly() {
    assertOnlyRejections(proto(PROTO::logs, LOGS_PROTO, TRACE_PROTO, LOGS_JSON, 5));
  }

  @Test
  void logs_jsonRejectsBadInputWithAReasonOnly() {
    assertOnlyRejections(json(JSON::logs, LOGS_JSON, METRICS_JSON, 6));
  }

  /** Noise, byte mutations of the valid record (spliced with another signal's), and of its JSON form. */
  private static DecoderProbe proto(Function<byte[], ?> decoder, byte[] valid, byte[] other, byte[] asJson,
      long seed) {
    Mutator mutator = new Mutator(seed);
    DecoderProbe probe = new DecoderProbe(decoder, InvalidRecordException.class);
    probe.feed("the valid record", valid);
    for (int i = 0; i < PROTO_CASES; i++) {
      byte[] input = switch (i % 10) {
        case 0, 1 -> mutator.noise();
        case 2 -> mutator.mutateBytes(asJson, valid);
        case 3 -> Mutator.concat(valid, mutator.mutateBytes(valid, other)); // repeated fields merge
        default -> mutator.mutateBytes(valid, other);
      };
      probe.feed("seed " + seed + " case " + i, input);
    }
    return probe;
  }

  /** Noise, odd text encodings, byte mutations of the JSON text, and mutations of its tree. */
  private static DecoderProbe json(Function<byte[], ?> decoder, byte[] valid, byte[] other, long seed) {
    Mutator mutator = new Mutator(seed);
    DecoderProbe probe = new DecoderProbe(decoder, InvalidRecordException.class);
    probe.feed("the valid record", valid);
    for (int i = 0; i < JSON_CASES; i++) {
      byte[] input = switch (i % 10) {
        case 0 -> mutator.noise();
        case 1 -> mutator.oddEncoding(valid);
        case 2, 3 -> mutator.mutateBytes(valid, other);
        default -> mutator.mutateJson(valid);
      };
      probe.feed("seed " + seed + " case " + i, input);
    }
    return probe;
  }

  private static void assertOnlyRejections(DecoderProbe probe) {
    assertThat(probe.escapes()).as("inputs that escaped as something other than a rejection with a reason")
        .isEmpty();
    assertThat(probe.accepted()).as("accepted, the valid record at least").isPositive();
    assertThat(probe.rejected()).as("rejected").isGreaterThan(JSON_CASES / 2);
  }
}
