package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.ingest.otlp.Encoding;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CliOptionsTest {
  private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

  private static CliOptions parse(String line) {
    return CliOptions.parse(line.split(" "), NOW);
  }

  private static void assertRejected(String line, String message) {
    assertThatThrownBy(() -> parse(line)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void parse_readsAFastRunIntoKafka() {
    CliOptions options = parse("--kafka localhost:9092 --encoding otlp_json --from 2026-03-02T00:00:00Z"
        + " --duration PT1H --peak-rps 50 --seed 9");

    assertThat(options).isEqualTo(new CliOptions("localhost:9092", null, Encoding.OTLP_JSON,
        Instant.parse("2026-03-02T00:00:00Z"), Duration.ofHours(1), false, 50, 9, false));
  }

  @Test
  void parse_endsAFastRunWithoutFromAtNow() {
    CliOptions options = parse("--out data/run --duration PT2H");

    assertThat(options.from()).isEqualTo(NOW.minus(Duration.ofHours(2)));
    assertThat(options.out()).isEqualTo(Path.of("data/run"));
    assertThat(options.encoding()).isEqualTo(Encoding.OTLP_JSON);
    assertThat(options.peakRps()).isEqualTo(20);
  }

  @Test
  void parse_defaultsKafkaToProtobufInRealtime() {
    CliOptions options = parse("--kafka k:9092 --realtime");

    assertThat(options.realtime()).isTrue();
    assertThat(options.encoding()).isEqualTo(Encoding.OTLP_PROTO);
  }

  @Test
  void parse_rejectsBadArgumentsNamingThem() {
    assertRejected("--duration PT1H", "exactly one of --kafka");
    assertRejected("--kafka k:9092 --out dir --duration PT1H", "exactly one of --kafka");
    assertRejected("--kafka k:9092", "give --duration");
    assertRejected("--kafka k:9092 --realtime --duration PT1H", "--realtime runs from now on");
    assertRejected("--kafka k:9092 --duration 1h", "ISO-8601 duration");
    assertRejected("--kafka k:9092 --duration PT0S", "must be positive");
    assertRejected("--kafka k:9092 --duration PT1H --from yesterday", "--from must be an instant");
    assertRejected("--kafka k:9092 --duration PT1H --peak-rps -3", "--peak-rps must be a positive number");
    assertRejected("--kafka k:9092 --duration PT1H --seed x", "--seed must be an integer");
    assertRejected("--kafka k:9092 --duration PT1H --encoding avro", "unsupported encoding 'avro'");
    assertRejected("--out dir --duration PT1H --encoding otlp_proto", "--out writes OTLP/JSON only");
    assertRejected("--kafka --duration PT1H", "--kafka needs a value");
    assertRejected("--kafka k:9092 --speed 3", "unknown argument '--speed'");
  }

  @Test
  void parse_recognisesHelp() {
    assertThat(parse("--help").help()).isTrue();
  }
}
