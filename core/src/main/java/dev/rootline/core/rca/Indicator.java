package dev.rootline.core.rca;

import java.util.Locale;

/** What kind of cause a candidate most likely is; the labelled-incident format's vocabulary. */
public enum Indicator {
  LATENCY, ERRORS, CPU, MEMORY, DISK, NETWORK, SATURATION, CODE_CHANGE, CONFIG_CHANGE, DEPENDENCY;

  /** The wire name: lower case with dashes, e.g. {@code code-change}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The indicator for a wire name, ignoring case and accepting {@code _} for {@code -}.
   *
   * @throws IllegalArgumentException when the name is none of the indicators
   */
  public static Indicator ofWireName(String name) {
    for (Indicator indicator : values()) {
      if (indicator.wireName().equalsIgnoreCase(name.replace('_', '-'))) {
        return indicator;
      }
    }
    throw new IllegalArgumentException("unknown indicator '" + name + "', expected one of latency, errors, cpu, "
        + "memory, disk, network, saturation, code-change, config-change, dependency");
  }
}
