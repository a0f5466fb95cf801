package dev.rootline.simulator.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The share of peak user traffic at each hour of the day (UTC), interpolated linearly in between:
 * when a system's users are awake, commute, shop or go out.
 *
 * @param hourly the share at the start of each hour, 00:00 to 23:00; each in (0, 1], the largest 1
 */
public record TrafficCycle(List<Double> hourly) {
  /** The shop's customers in one time zone: quiet nights, a busy day and a peak at 19:00. */
  public static final TrafficCycle SHOP = of(
      0.18, 0.12, 0.08, 0.06, 0.06, 0.08, 0.15, 0.30, 0.50, 0.68, 0.80, 0.88,
      0.95, 0.95, 0.90, 0.88, 0.88, 0.90, 0.95, 1.00, 0.95, 0.78, 0.52, 0.30);
  /**
   * The peak at every hour: for runs whose outcome must not depend on the hour they start at (the
   * demo, tests on the wall clock). At {@link #SHOP}'s night share a shop of 20 requests/s at peak
   * serves about one a second, too few for a detector to judge a window.
   */
  public static final TrafficCycle BUSY_ALL_DAY = of(
      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
  private static final long SECONDS_PER_DAY = 86_400;

  public TrafficCycle {
    hourly = List.copyOf(hourly);
    if (hourly.size() != 24 || hourly.stream().anyMatch(s -> !(s > 0 && s <= 1))
        || hourly.stream().noneMatch(s -> s == 1.0)) {
      throw new IllegalArgumentException("a traffic cycle needs 24 hourly shares within (0, 1], the largest 1");
    }
  }

  public static TrafficCycle of(double... hourly) {
    return new TrafficCycle(Arrays.stream(hourly).boxed().toList());
  }

  /** The share of peak traffic at {@code at}. */
  public double share(Instant at) {
    double hours = Math.floorMod(at.getEpochSecond(), SECONDS_PER_DAY) / 3600.0 + at.getNano() / 3.6e12;
    int hour = (int) hours;
    double fraction = hours - hour;
    double now = hourly.get(hour);
    return now + (hourly.get((hour + 1) % 24) - now) * fraction;
  }
}
