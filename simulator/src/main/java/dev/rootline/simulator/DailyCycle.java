package dev.rootline.simulator;

import java.time.Instant;

/**
 * The share of peak traffic at each time of day (UTC) for a shop whose customers live in one time
 * zone: quiet nights, a morning ramp, a busy day and an evening peak before a late decline.
 */
final class DailyCycle {
  /** The share at the start of each hour, 00:00 to 23:00; interpolated linearly in between. */
  private static final double[] HOURLY = {
      0.18, 0.12, 0.08, 0.06, 0.06, 0.08, 0.15, 0.30, 0.50, 0.68, 0.80, 0.88,
      0.95, 0.95, 0.90, 0.88, 0.88, 0.90, 0.95, 1.00, 0.95, 0.78, 0.52, 0.30};
  private static final long SECONDS_PER_DAY = 86_400;

  private DailyCycle() {}

  /** The share of peak traffic at {@code at}, between 0.06 and 1. */
  static double share(Instant at) {
    double hours = Math.floorMod(at.getEpochSecond(), SECONDS_PER_DAY) / 3600.0 + at.getNano() / 3.6e12;
    int hour = (int) hours;
    double fraction = hours - hour;
    return HOURLY[hour] + (HOURLY[(hour + 1) % 24] - HOURLY[hour]) * fraction;
  }
}
