package dev.rootline.simulator.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** Checks and helpers shared by the fault records: the window, ramps, and how strengths read. */
final class Window {
  private Window() {}

  /** @throws IllegalArgumentException unless {@code start} is before {@code end} */
  static void check(Instant start, Instant end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("a fault must end (" + end + ") after it starts (" + start + ")");
    }
  }

  /** Rises linearly from 0 at {@code start} to 1 after {@code over}. */
  static double ramp(Instant start, Instant at, Duration over) {
    return Math.min(1, Math.max(0, Duration.between(start, at).toNanos() / (double) over.toNanos()));
  }

  static double minutesSince(Instant start, Instant at) {
    return Math.max(0, Duration.between(start, at).toNanos() / 6e10);
  }

  static String percent(double probability) {
    return String.format(Locale.ROOT, "%.0f%%", probability * 100);
  }

  static String times(double factor) {
    return String.format(Locale.ROOT, "x%.1f", factor);
  }

  static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
