package dev.rootline.ingest.change;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.ingest.fuzz.DecoderProbe;
import dev.rootline.ingest.fuzz.Mutator;
import dev.rootline.ingest.otlp.InvalidRecordException;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated deploy events against {@link DeployEventJson#read}: an event is read or
 * rejected with {@link InvalidRecordException} and a reason for the dead-letter topic, whatever the
 * bytes. Seeded, so a failing case replays.
 */
class DeployEventJsonFuzzTest {
  private static final int CASES = 4000;
  private static final byte[] CHECKOUT_DEPLOY = """
      {"service":"checkout","version":"2.1.0","previous_version":"2.0.9","environment":"prod",\
      "kind":"deploy","at":"2026-03-02T10:15:00Z","commit":"9f2c1e7","author":"ci",\
      "description":"bump retries","source":"reported","labels":{"team":["payments"]}}\
      """.getBytes(UTF_8);

  /**
   * Found by this test: a wrong {@code kind} or {@code at} was quoted whole in the reason, up to
   * 4096 characters of a dead-letter header; now the quote is cut.
   */
  static final String LONG_KIND = "{\"service\":\"checkout\",\"at\":\"2026-03-02T10:15:00Z\",\"kind\":\""
      + "x".repeat(4000) + "\"}";

  @Test
  void read_quotesAWrongValueShortly() {
    assertThatThrownBy(() -> DeployEventJson.read(LONG_KIND.getBytes(UTF_8)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("unknown kind 'xxxx")
        .hasMessageContaining("…', expected deploy")
        .message().hasSizeLessThan(200);
  }

  @Test
  void read_rejectsBadInputWithAReasonOnly() {
    Mutator mutator = new Mutator(11);
    DecoderProbe probe = new DecoderProbe(DeployEventJson::read, InvalidRecordException.class);
    probe.feed("the valid event", CHECKOUT_DEPLOY);
    for (int i = 0; i < CASES; i++) {
      byte[] input = switch (i % 10) {
        case 0 -> mutator.noise();
        case 1 -> mutator.oddEncoding(CHECKOUT_DEPLOY);
        case 2, 3 -> mutator.mutateBytes(CHECKOUT_DEPLOY, CHECKOUT_DEPLOY);
        default -> mutator.mutateJson(CHECKOUT_DEPLOY);
      };
      probe.feed("seed 11 case " + i, input);
    }

    assertThat(probe.escapes()).as("inputs that escaped as something other than a rejection with a reason")
        .isEmpty();
    assertThat(probe.accepted()).as("accepted, the valid event at least").isPositive();
    assertThat(probe.rejected()).as("rejected").isGreaterThan(CASES / 4);
  }
}
