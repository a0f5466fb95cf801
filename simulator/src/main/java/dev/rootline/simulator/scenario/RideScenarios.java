package dev.rootline.simulator.scenario;

import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.fault.Faults;
import dev.rootline.simulator.model.Protocol;
import dev.rootline.simulator.model.ServiceSpec;
import dev.rootline.simulator.model.ShopModel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The catalogue of labelled cases for the ride system ({@link ShopModel#ride}): two cases of every
 * fault type, and no fault-free day. Unlike the shop's fixed catalogue, the seed draws each case: its
 * targets (two different ones where the type allows), its strength from a range of the type's own
 * (wider than the shop's, weak and strong), its time of day (a fifth at night) and its baseline.
 */
public final class RideScenarios {
  public static final String SYSTEM = "ride-sim";
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 6);
  static final int CASES_PER_TYPE = 2;
  private static final Duration FAULT = Duration.ofMinutes(10);
  private static final Duration LONG_FAULT = Duration.ofMinutes(15);
  private static final Duration AFTER = Duration.ofMinutes(3);

  /**
   * The strengths a type is drawn from, {@code min} to {@code max} rounded to {@code step}; for a bad
   * deploy or config change, the second case draws a slowdown from {@code slowMin} to {@code slowMax}.
   */
  record Range(double min, double max, double step, double slowMin, double slowMax) {
    Range(double min, double max, double step) {
      this(min, max, step, 0, 0);
    }

    Double draw(int caseIndex, SplittableRandom random) {
      boolean slow = caseIndex % 2 == 1 && slowMax > 0;
      double low = slow ? slowMin : min;
      double high = slow ? slowMax : max;
      double unit = slow ? 0.1 : step;
      double value = Math.round((low + random.nextDouble() * (high - low)) / unit) * unit;
      return Math.round(value * 100) / 100.0;
    }
  }

  static final Map<FaultType, Range> STRENGTHS = Map.ofEntries(
      Map.entry(FaultType.LATENCY, new Range(1.5, 7, 0.1)),
      Map.entry(FaultType.NETWORK_DELAY, new Range(25, 400, 1)),
      Map.entry(FaultType.ERRORS, new Range(0.04, 0.45, 0.01)),
      Map.entry(FaultType.BAD_DEPLOY, new Range(0.1, 0.8, 0.01, 1.5, 6)),
      Map.entry(FaultType.N_PLUS_ONE, new Range(10, 90, 1)),
      Map.entry(FaultType.POOL_EXHAUSTION, new Range(0.75, 1, 0.05)),
      Map.entry(FaultType.RETRY_STORM, new Range(3, 7, 1)),
      Map.entry(FaultType.CACHE_STAMPEDE, new Range(0.3, 0.9, 0.05)),
      Map.entry(FaultType.CPU_SATURATION, new Range(0.45, 0.98, 0.01)),
      Map.entry(FaultType.MEMORY_LEAK, new Range(40, 160, 1)),
      Map.entry(FaultType.DEPENDENCY_OUTAGE, new Range(0.15, 0.85, 0.05)),
      Map.entry(FaultType.CONFIG_CHANGE, new Range(0.08, 0.6, 0.01, 2, 5)));

  private RideScenarios() {}

  /** Two cases of each fault type, in type order, each on its own day from {@link #FIRST_DAY}. */
  public static List<Scenario> catalogue(long seed) {
    ShopModel model = ShopModel.ride(0);
    Faults faults = new Faults(model);
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> numbers = new HashMap<>();
    List<Scenario> cases = new ArrayList<>();
    for (FaultType type : FaultType.values()) {
      List<String> targets = shuffled(candidates(type, model, faults), random);
      for (int i = 0; i < CASES_PER_TYPE; i++) {
        Range range = STRENGTHS.get(type);
        Double strength = range == null ? null : range.draw(i, random);
        Instant start = FIRST_DAY.plusDays(cases.size()).atStartOfDay().toInstant(ZoneOffset.UTC)
            .plus(timeOfDay(random));
        Duration length = type == FaultType.MEMORY_LEAK ? LONG_FAULT : FAULT;
        Fault fault = faults.create(type, targets.get(i % targets.size()), start, start.plus(length), strength);
        Instant from = start.minus(Duration.ofMinutes(30 + random.nextInt(6)));
        cases.add(Scenario.of(ScenarioSet.id(fault, numbers), fault, from, fault.end().plus(AFTER), random.nextLong())
            .inSystem(SYSTEM));
      }
    }
    return List.copyOf(cases);
  }

  /** Where a type can strike in the ride system. */
  static List<String> candidates(FaultType type, ShopModel model, Faults faults) {
    return switch (type) {
      case NETWORK_DELAY -> List.of("gateway>trips", "gateway>rider-profile", "trips>dispatch", "trips>billing",
          "dispatch>driver-locator", "driver-locator>geo", "pricing>surge");
      case LATENCY, ERRORS, BAD_DEPLOY -> servers(model);
      case N_PLUS_ONE -> faults.perItemServices();
      case POOL_EXHAUSTION -> faults.pooledServices();
      case RETRY_STORM -> faults.retryEdges();
      case CACHE_STAMPEDE -> faults.cachedServices();
      case DEPENDENCY_OUTAGE -> faults.outageTargets();
      case CONFIG_CHANGE -> faults.configurableServices();
      case POISON_PILL -> faults.poisonableConsumers();
      case CPU_SATURATION, MEMORY_LEAK -> model.services().stream().map(ServiceSpec::name).toList();
    };
  }

  /** The services that serve requests rather than consume records. */
  private static List<String> servers(ShopModel model) {
    return model.services().stream()
        .filter(s -> s.endpoints().stream().anyMatch(e -> e.protocol() != Protocol.MESSAGING))
        .map(ServiceSpec::name).toList();
  }

  private static List<String> shuffled(List<String> names, SplittableRandom random) {
    List<String> out = new ArrayList<>(names);
    for (int i = out.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      out.set(j, out.set(i, out.get(j)));
    }
    return out;
  }

  /** A start time on the hour's five-minute marks: 07:00 to 22:00 four times in five, else at night. */
  private static Duration timeOfDay(SplittableRandom random) {
    boolean day = random.nextDouble() < 0.8;
    int fiveMinutes = day ? 84 + random.nextInt(180) : (264 + random.nextInt(108)) % 288;
    return Duration.ofMinutes(5L * fiveMinutes);
  }
}
