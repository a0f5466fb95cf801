package dev.rootline.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.model.ServiceSpec;
import dev.rootline.simulator.model.ShopModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RideScenariosTest {
  private static final List<Scenario> CASES = RideScenarios.catalogue(7);
  private static final Set<String> SERVICES = ShopModel.ride(0).services().stream().map(ServiceSpec::name)
      .collect(Collectors.toSet());

  @Test
  void catalogue_hasTwoCasesOfEveryTypeAndNoFaultFreeDay() {
    Map<FaultType, Long> perType = CASES.stream()
        .collect(Collectors.groupingBy(s -> s.fault().type(), Collectors.counting()));

    assertThat(CASES).hasSize(26).extracting(Scenario::id).doesNotHaveDuplicates();
    assertThat(perType).containsOnlyKeys(FaultType.values()).allSatisfy((type, n) -> assertThat(n).isEqualTo(2));
    assertThat(CASES).allSatisfy(s -> assertThat(s.label().system()).isEqualTo("ride-sim"));
  }

  @Test
  void catalogue_blamesRideServicesOrDependenciesAsTheirCallersNameThem() {
    assertThat(CASES).filteredOn(s -> s.fault().type() != FaultType.DEPENDENCY_OUTAGE)
        .allSatisfy(s -> assertThat(SERVICES).contains(s.fault().rootCause().service()));
    assertThat(CASES).filteredOn(s -> s.fault().type() == FaultType.DEPENDENCY_OUTAGE)
        .extracting(s -> s.fault().rootCause().service())
        .isSubsetOf("mysql", "mongodb", "memcached", "api.routemaps.example").doesNotHaveDuplicates();
  }

  @Test
  void catalogue_drawsStrengthsFromTheRideRangesAndStartsAfterHalfAnHour() {
    assertThat(CASES).allSatisfy(s -> {
      assertThat(Duration.between(s.from(), s.fault().start()))
          .isBetween(Duration.ofMinutes(30), Duration.ofMinutes(35));
      assertThat(s.to()).isAfter(s.fault().end());
    });
    assertThat(faults(FaultType.LATENCY)).allSatisfy(f -> assertThat(f.strength()).matches("x[1-7]\\.\\d self time"));
    assertThat(faults(FaultType.BAD_DEPLOY)).extracting(Fault::strength)
        .anyMatch(s -> s.endsWith("errors")).anyMatch(s -> s.endsWith("latency"));
  }

  @Test
  void catalogue_isTheSameForTheSameSeedOnly() {
    assertThat(RideScenarios.catalogue(7)).isEqualTo(CASES);
    assertThat(RideScenarios.catalogue(8)).isNotEqualTo(CASES);
  }

  @Test
  void range_drawsWithinItsBoundsOnItsStep() {
    RideScenarios.Range range = new RideScenarios.Range(0.04, 0.45, 0.01);
    SplittableRandom random = new SplittableRandom(1);

    for (int i = 0; i < 200; i++) {
      double drawn = range.draw(0, random);
      assertThat(drawn).isBetween(0.04, 0.45);
      assertThat(drawn * 100).isCloseTo(Math.rint(drawn * 100), offset(1e-9));
    }
  }

  private static List<Fault> faults(FaultType type) {
    return CASES.stream().map(Scenario::fault).filter(f -> f.type() == type).toList();
  }
}
