package dev.rootline.anomaly;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The service level objectives entry operations are held to, and the burn-rate windows that page
 * on them (multi-window, multi-burn-rate, as in the Google SRE workbook's alerting chapter).
 *
 * @param availability     the share of requests that must succeed, e.g. 0.999
 * @param latencyObjective the share of requests that must be faster than {@code latencyMillis}
 * @param latencyMillis    the latency threshold of the latency SLO
 * @param burnWindows      fire when both windows of one pair burn at least its factor
 * @param entryServices    services whose operations are entry points; empty means every operation
 */
public record SloPolicy(
    double availability,
    double latencyObjective,
    double latencyMillis,
    List<BurnWindow> burnWindows,
    Set<String> entryServices) {

  /** The longest long window the detector's buckets hold. */
  static final Duration MAX_LONG = Duration.ofHours(6);
  /** The longest short window the detector's fine buckets hold. */
  static final Duration MAX_SHORT = Duration.ofHours(1);

  /**
   * One alerting pair: both the long and the short window burn the budget at least {@code factor}
   * times faster than sustainable. The long window makes it significant, the short one makes it
   * current, so the alert stops soon after the burn does.
   */
  public record BurnWindow(double factor, Duration longWindow, Duration shortWindow) {
    public BurnWindow {
      Objects.requireNonNull(longWindow, "longWindow");
      Objects.requireNonNull(shortWindow, "shortWindow");
      if (!(factor > 1) || shortWindow.compareTo(longWindow) >= 0 || shortWindow.toMinutes() < 1
          || longWindow.compareTo(MAX_LONG) > 0 || shortWindow.compareTo(MAX_SHORT) > 0) {
        throw new IllegalArgumentException("burn window needs factor > 1 and 1 min <= short < long,"
            + " short <= 1 h, long <= 6 h: " + factor + ", " + longWindow + ", " + shortWindow);
      }
    }
  }

  public SloPolicy {
    burnWindows = List.copyOf(burnWindows);
    entryServices = Set.copyOf(entryServices);
    if (!(availability > 0 && availability < 1) || !(latencyObjective > 0 && latencyObjective < 1)
        || !(latencyMillis > 0) || burnWindows.isEmpty()) {
      throw new IllegalArgumentException("objectives in (0, 1), latency > 0 and a burn window needed");
    }
  }

  /**
   * 99.9 % of requests succeed and 99 % are faster than 1 s; page on 14.4× burn over 1 h and 5 min
   * (2 % of a 30-day budget in an hour) or 6× over 6 h and 30 min (5 % in six hours).
   */
  public static SloPolicy standard() {
    return new SloPolicy(0.999, 0.99, 1_000, List.of(
        new BurnWindow(14.4, Duration.ofHours(1), Duration.ofMinutes(5)),
        new BurnWindow(6, Duration.ofHours(6), Duration.ofMinutes(30))), Set.of());
  }

  /** The same objectives, for these entry services only. */
  public SloPolicy forEntryServices(Set<String> services) {
    return new SloPolicy(availability, latencyObjective, latencyMillis, burnWindows, services);
  }
}
