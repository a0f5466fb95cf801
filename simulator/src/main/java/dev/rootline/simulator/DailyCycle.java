package dev.rootline.simulator;

import dev.rootline.simulator.model.TrafficCycle;
import java.time.Instant;

/**
 * The share of peak traffic at each time of day (UTC) for a shop whose customers live in one time
 * zone: quiet nights, a morning ramp, a busy day and an evening peak before a late decline.
 */
final class DailyCycle {
  private DailyCycle() {}

  /** The share of peak traffic at {@code at}, between 0.06 and 1. */
  static double share(Instant at) {
    return TrafficCycle.SHOP.share(at);
  }
}
