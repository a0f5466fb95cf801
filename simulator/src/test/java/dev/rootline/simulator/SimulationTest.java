package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.simulator.Telemetry.SpanAt;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.InMemoryTelemetrySink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {
  private static final SimulationConfig QUIET = SimulationConfig.defaults()
      .withPeakRootRequestsPerSecond(5).withSeed(Fixtures.SEED);

  @Test
  void run_withSameSeedGivesIdenticalOutput() {
    InMemoryTelemetrySink first = Fixtures.run(QUIET, Fixtures.NOON, Duration.ofSeconds(20));
    InMemoryTelemetrySink second = Fixtures.run(QUIET, Fixtures.NOON, Duration.ofSeconds(20));

    assertThat(second.spans()).isNotEmpty().isEqualTo(first.spans());
    assertThat(second.spanKeys()).usingRecursiveComparison().isEqualTo(first.spanKeys());
    assertThat(second.logs()).isNotEmpty().isEqualTo(first.logs());
    assertThat(second.metrics()).isNotEmpty().isEqualTo(first.metrics());
    assertThat(second.deploys()).isEqualTo(first.deploys());
  }

  @Test
  void run_withAnotherSeedGivesOtherTraffic() {
    InMemoryTelemetrySink first = Fixtures.run(QUIET, Fixtures.NOON, Duration.ofSeconds(20));
    InMemoryTelemetrySink other = Fixtures.run(QUIET.withSeed(7), Fixtures.NOON, Duration.ofSeconds(20));

    assertThat(other.spans()).isNotEqualTo(first.spans());
  }

  @Test
  void run_reportsTheRunningVersionOfEveryServiceAtTheStart() {
    List<DeployEvent> deploys = Fixtures.noonMinute().sink().deploys();

    assertThat(deploys).hasSize(12).allSatisfy(d -> {
      assertThat(d.kind()).isEqualTo(ChangeKind.DEPLOY);
      assertThat(d.source()).isEqualTo(DeployEvent.Source.REPORTED);
      assertThat(d.at()).isEqualTo(Fixtures.NOON);
      assertThat(d.environment()).isEqualTo("production");
    });
    assertThat(deploys).filteredOn(d -> d.service().equals("checkout"))
        .extracting(DeployEvent::version).containsExactly("1.4.2");
  }

  @Test
  void run_servesFarFewerRequestsAtNightThanByDay() {
    SimulationConfig sparse = QUIET.withPeakRootRequestsPerSecond(1).withTick(Duration.ofSeconds(10))
        .withMetricsInterval(Duration.ofMinutes(1));
    int night = Fixtures.run(sparse, Instant.parse("2026-03-02T03:00:00Z"), Duration.ofHours(1)).spans().size();
    int day = Fixtures.run(sparse, Instant.parse("2026-03-02T12:00:00Z"), Duration.ofHours(1)).spans().size();

    assertThat(night).isPositive().isLessThan(day / 5);
  }

  @Test
  void run_rollsOutNewVersionsThatLaterSpansCarry() {
    SimulationConfig frequent = QUIET.withPeakRootRequestsPerSecond(2).withDeployMeanInterval(Duration.ofMinutes(5));
    Telemetry telemetry = new Telemetry(Fixtures.run(frequent, Fixtures.NOON, Duration.ofMinutes(30)));
    List<DeployEvent> rollouts = telemetry.sink().deploys().stream().filter(d -> d.previousVersion() != null).toList();
    assertThat(rollouts).isNotEmpty();
    DeployEvent first = rollouts.get(0);
    Instant nextOfSameService = rollouts.stream().skip(1).filter(r -> r.service().equals(first.service()))
        .map(DeployEvent::at).findFirst().orElse(Instant.MAX);
    List<SpanAt> spans = telemetry.spans().stream().filter(s -> s.service().equals(first.service())).toList();

    assertThat(first.version()).isNotEqualTo(first.previousVersion());
    // Requests in flight during the rollout finish on the old pods, hence the margin.
    Instant settled = first.at().plusSeconds(5);
    assertThat(spans).filteredOn(s -> start(s).isBefore(first.at()))
        .isNotEmpty().allSatisfy(s -> assertThat(version(s)).isEqualTo(first.previousVersion()));
    assertThat(spans).filteredOn(s -> start(s).isAfter(settled) && start(s).isBefore(nextOfSameService))
        .isNotEmpty().allSatisfy(s -> assertThat(version(s)).isEqualTo(first.version()));
  }

  @Test
  void run_rejectsAnEndBeforeTheStart() {
    Simulation simulation = new Simulation(ShopModel.standard(1), QUIET);

    assertThatThrownBy(() -> simulation.run(Fixtures.NOON, Fixtures.NOON.minusSeconds(1), new InMemoryTelemetrySink()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
  }

  private static Instant start(SpanAt span) {
    return Instant.ofEpochSecond(0, span.span().getStartTimeUnixNano());
  }

  private static String version(SpanAt span) {
    return Telemetry.attribute(span.resource().getAttributesList(), "service.version").orElseThrow();
  }
}
