package dev.rootline.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultType;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScenarioSetTest {
  private static final List<Scenario> CASES = ScenarioSet.standard(1);

  @Test
  void standard_coversEveryFaultTypeOnSeveralTargets() {
    Map<FaultType, Set<String>> targets = CASES.stream().map(Scenario::fault).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Fault::type, Collectors.mapping(Fault::target, Collectors.toSet())));

    assertThat(CASES.stream().filter(s -> s.fault() != null)).hasSizeGreaterThanOrEqualTo(60);
    assertThat(targets).containsOnlyKeys(FaultType.values());
    assertThat(targets.values()).allSatisfy(t -> assertThat(t).hasSizeGreaterThanOrEqualTo(2));
    assertThat(CASES).extracting(Scenario::id).doesNotHaveDuplicates();
  }

  @Test
  void standard_startsEveryFaultAfterHalfAnHourOfNormalTraffic() {
    assertThat(CASES.stream().filter(s -> s.fault() != null)).allSatisfy(s -> {
      assertThat(Duration.between(s.from(), s.fault().start()))
          .isBetween(Duration.ofMinutes(30), Duration.ofMinutes(35));
      assertThat(s.to()).isAfter(s.fault().end());
    });
  }

  @Test
  void standard_putsSomeFaultsInTheNight() {
    assertThat(CASES.stream().filter(s -> s.fault() != null)
        .filter(s -> s.fault().start().atZone(ZoneOffset.UTC).getHour() < 5)).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void standard_endsWithAFaultFreeDay() {
    Scenario day = CASES.get(CASES.size() - 1);

    assertThat(day.id()).isEqualTo(ScenarioSet.NORMAL_DAY_ID);
    assertThat(day.fault()).isNull();
    assertThat(Duration.between(day.from(), day.to())).isEqualTo(Duration.ofDays(1));
    assertThat(day.label().faultType()).isEqualTo("none");
  }

  @Test
  void standard_isTheSameForTheSameSeedOnly() {
    assertThat(ScenarioSet.standard(1)).isEqualTo(CASES);
    assertThat(ScenarioSet.standard(2)).isNotEqualTo(CASES);
  }
}
