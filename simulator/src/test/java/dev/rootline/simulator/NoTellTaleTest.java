package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import dev.rootline.simulator.fault.FaultType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Faults show only as failures do: no span, log, metric or deploy names them. */
class NoTellTaleTest {
  /** Protobuf keeps strings verbatim, so the words show in the encoded bytes. */
  private static final Pattern TELL_TALE = Pattern.compile("(?<![a-z])(fault|inject|chaos|poison|simulat)");

  @Test
  void run_namesNoFaultInAnyTelemetry() {
    for (FaultType type : List.of(FaultType.ERRORS, FaultType.BAD_DEPLOY, FaultType.RETRY_STORM,
        FaultType.POISON_PILL, FaultType.DEPENDENCY_OUTAGE, FaultType.MEMORY_LEAK)) {
      Telemetry telemetry = FaultRuns.run(FaultRuns.fault(type, null, Duration.ofMinutes(1), null), 2,
          Duration.ofMinutes(1));
      StringBuilder all = new StringBuilder();
      Stream.of(telemetry.sink().spans(), telemetry.sink().logs(), telemetry.sink().metrics())
          .flatMap(List::stream).map(Message.class::cast)
          .forEach(m -> all.append(new String(m.toByteArray(), StandardCharsets.ISO_8859_1)));
      telemetry.sink().deploys().forEach(all::append);

      assertThat(TELL_TALE.matcher(all.toString().toLowerCase(Locale.ROOT)).results().map(MatchResult::group))
          .as(type.wireName()).isEmpty();
    }
  }
}
