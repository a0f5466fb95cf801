package dev.rootline.simulator.scenario;

import static dev.rootline.simulator.fault.FaultType.BAD_DEPLOY;
import static dev.rootline.simulator.fault.FaultType.CACHE_STAMPEDE;
import static dev.rootline.simulator.fault.FaultType.CONFIG_CHANGE;
import static dev.rootline.simulator.fault.FaultType.CPU_SATURATION;
import static dev.rootline.simulator.fault.FaultType.DEPENDENCY_OUTAGE;
import static dev.rootline.simulator.fault.FaultType.ERRORS;
import static dev.rootline.simulator.fault.FaultType.LATENCY;
import static dev.rootline.simulator.fault.FaultType.MEMORY_LEAK;
import static dev.rootline.simulator.fault.FaultType.NETWORK_DELAY;
import static dev.rootline.simulator.fault.FaultType.N_PLUS_ONE;
import static dev.rootline.simulator.fault.FaultType.POISON_PILL;
import static dev.rootline.simulator.fault.FaultType.POOL_EXHAUSTION;
import static dev.rootline.simulator.fault.FaultType.RETRY_STORM;

import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.fault.Faults;
import dev.rootline.simulator.model.ShopModel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The catalogue of labelled cases for the standard shop: every fault type on several targets, at
 * different strengths (some barely visible: +30% latency on a leaf, 2% errors), at different times
 * of day (some at night, when traffic is thin), plus one fault-free day for false alarms. The seed
 * moves each fault by up to ten minutes, picks each case's baseline (30 to 35 minutes) and seeds its
 * traffic, so equal seeds give equal cases.
 */
public final class ScenarioSet {
  public static final String SYSTEM = "shop-sim";
  public static final String NORMAL_DAY_ID = "normal-day-01";
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
  private static final Duration FAULT = Duration.ofMinutes(10);
  private static final Duration LONG_FAULT = Duration.ofMinutes(15);
  private static final Duration AFTER = Duration.ofMinutes(3);

  /** One entry of the catalogue: a fault type on a target, its strength, and the time of day it starts. */
  private record Entry(FaultType type, String target, Double strength, String at) {}

  private static final List<Entry> CATALOGUE = List.of(
      new Entry(LATENCY, "productcatalog", 3.0, "10:40"), new Entry(LATENCY, "currency", 1.3, "13:15"),
      new Entry(LATENCY, "payment", 2.0, "19:05"), new Entry(LATENCY, "cart", 5.0, "03:20"),
      new Entry(LATENCY, "shipping", 1.5, "16:45"),
      new Entry(NETWORK_DELAY, "frontend>cart", 50.0, "11:30"),
      new Entry(NETWORK_DELAY, "checkout>payment", 200.0, "18:20"),
      new Entry(NETWORK_DELAY, "frontend>currency", 10.0, "14:50"),
      new Entry(NETWORK_DELAY, "recommendation>productcatalog", 100.0, "08:10"),
      new Entry(NETWORK_DELAY, "shipping>currency", 30.0, "02:35"),
      new Entry(ERRORS, "payment", 0.2, "12:05"), new Entry(ERRORS, "currency", 0.02, "17:25"),
      new Entry(ERRORS, "cart", 0.1, "09:45"), new Entry(ERRORS, "ad", 0.3, "20:10"),
      new Entry(ERRORS, "shipping", 0.05, "04:30"),
      new Entry(BAD_DEPLOY, "checkout", 0.3, "10:15"), new Entry(BAD_DEPLOY, "productcatalog", 4.0, "15:40"),
      new Entry(BAD_DEPLOY, "cart", 0.5, "19:30"), new Entry(BAD_DEPLOY, "frontend", 0.05, "13:00"),
      new Entry(BAD_DEPLOY, "payment", 2.0, "01:50"),
      new Entry(N_PLUS_ONE, "checkout", 40.0, "11:10"), new Entry(N_PLUS_ONE, "frontend", 30.0, "18:45"),
      new Entry(N_PLUS_ONE, "productcatalog", 60.0, "14:20"), new Entry(N_PLUS_ONE, "recommendation", 25.0, "09:05"),
      new Entry(N_PLUS_ONE, "cart", 30.0, "22:40"),
      new Entry(POOL_EXHAUSTION, "checkout", 1.0, "12:40"), new Entry(POOL_EXHAUSTION, "payment", 1.0, "19:50"),
      new Entry(POOL_EXHAUSTION, "productcatalog", 1.0, "16:10"), new Entry(POOL_EXHAUSTION, "shipping", 0.8, "10:55"),
      new Entry(POOL_EXHAUSTION, "fulfillment", 1.0, "07:40"),
      new Entry(RETRY_STORM, "frontend>cart", 4.0, "13:45"), new Entry(RETRY_STORM, "checkout>payment", 3.0, "17:55"),
      new Entry(RETRY_STORM, "shipping>currency", 5.0, "11:50"),
      new Entry(RETRY_STORM, "recommendation>productcatalog", 4.0, "20:35"),
      new Entry(RETRY_STORM, "frontend>cart", 2.0, "08:35"),
      new Entry(CACHE_STAMPEDE, "productcatalog", 1.0, "12:20"),
      new Entry(CACHE_STAMPEDE, "productcatalog", 0.6, "18:05"),
      new Entry(CACHE_STAMPEDE, "recommendation", 1.0, "15:15"),
      new Entry(CACHE_STAMPEDE, "productcatalog", 0.5, "02:10"),
      new Entry(CACHE_STAMPEDE, "recommendation", 0.7, "21:30"),
      new Entry(CPU_SATURATION, "frontend", 0.8, "19:15"), new Entry(CPU_SATURATION, "productcatalog", 0.6, "10:30"),
      new Entry(CPU_SATURATION, "currency", 0.3, "14:05"), new Entry(CPU_SATURATION, "checkout", 0.9, "16:55"),
      new Entry(CPU_SATURATION, "cart", 0.7, "04:05"),
      new Entry(MEMORY_LEAK, "checkout", 80.0, "11:20"), new Entry(MEMORY_LEAK, "cart", 60.0, "18:30"),
      new Entry(MEMORY_LEAK, "frontend", 100.0, "13:25"), new Entry(MEMORY_LEAK, "productcatalog", 90.0, "09:30"),
      new Entry(MEMORY_LEAK, "recommendation", 20.0, "20:50"),
      new Entry(DEPENDENCY_OUTAGE, "postgresql", 1.0, "12:50"),
      new Entry(DEPENDENCY_OUTAGE, "postgresql", 0.3, "17:10"),
      new Entry(DEPENDENCY_OUTAGE, "redis", 1.0, "15:55"), new Entry(DEPENDENCY_OUTAGE, "cardgate", 1.0, "19:40"),
      new Entry(DEPENDENCY_OUTAGE, "parcelhub", 0.5, "10:05"),
      new Entry(CONFIG_CHANGE, "checkout", 0.4, "14:35"), new Entry(CONFIG_CHANGE, "currency", 0.15, "11:40"),
      new Entry(CONFIG_CHANGE, "frontend", 0.25, "18:55"), new Entry(CONFIG_CHANGE, "productcatalog", 3.0, "09:55"),
      new Entry(CONFIG_CHANGE, "payment", 0.05, "22:15"),
      new Entry(POISON_PILL, "fulfillment", null, "12:30"), new Entry(POISON_PILL, "accounting", null, "19:20"),
      new Entry(POISON_PILL, "fulfillment", null, "16:20"), new Entry(POISON_PILL, "accounting", null, "09:15"),
      new Entry(POISON_PILL, "fulfillment", null, "07:30"));

  private ScenarioSet() {}

  /** Every case of the catalogue, then the fault-free day, in catalogue order. */
  public static List<Scenario> standard(long seed) {
    Faults faults = new Faults(ShopModel.standard(0));
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> numbers = new HashMap<>();
    List<Scenario> cases = new ArrayList<>();
    for (int i = 0; i < CATALOGUE.size(); i++) {
      Entry entry = CATALOGUE.get(i);
      Instant start = FIRST_DAY.plusDays(i).atTime(LocalTime.parse(entry.at())).toInstant(ZoneOffset.UTC)
          .plus(Duration.ofMinutes(random.nextInt(-10, 11)));
      Duration length = entry.type() == MEMORY_LEAK ? LONG_FAULT : FAULT;
      Fault fault = faults.create(entry.type(), entry.target(), start, start.plus(length), entry.strength());
      Instant from = start.minus(Duration.ofMinutes(30 + random.nextInt(6)));
      cases.add(Scenario.of(id(fault, numbers), fault, from, fault.end().plus(AFTER), random.nextLong()));
    }
    cases.add(normalDay(FIRST_DAY.minusDays(1), random.nextLong()));
    return List.copyOf(cases);
  }

  /** A fault-free day from midnight to midnight UTC: its whole daily cycle. */
  public static Scenario normalDay(LocalDate day, long seed) {
    Instant from = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    return new Scenario(NORMAL_DAY_ID, "a whole day of normal traffic, " + day + ", with its daily cycle and no fault",
        null, from, from.plus(Duration.ofDays(1)), seed);
  }

  /** The case id: the blamed service, the fault type and a number, e.g. {@code checkout-bad-deploy-01}. */
  static String id(Fault fault, Map<String, Integer> numbers) {
    String stem = fault.rootCause().service() + "-" + fault.type().wireName();
    return String.format(Locale.ROOT, "%s-%02d", stem, numbers.merge(stem, 1, Integer::sum));
  }
}
