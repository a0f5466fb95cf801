package dev.rootline.simulator.fault;

import java.util.Locale;

/** What kind of thing went wrong at the root cause, as labels name it. */
public enum Indicator {
  LATENCY, ERRORS, CPU, MEMORY, DISK, NETWORK, SATURATION, CODE_CHANGE, CONFIG_CHANGE, DEPENDENCY;

  /** The label name, so that printing the value prints what labels say. */
  @Override
  public String toString() {
    return wireName();
  }

  /** The label name: lower case with dashes, e.g. {@code code-change}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
