package dev.rootline.simulator.fault;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of fault, by the stable names labels and the command line use. */
public enum FaultType {
  LATENCY("latency"),
  NETWORK_DELAY("network-delay"),
  ERRORS("errors"),
  BAD_DEPLOY("bad-deploy"),
  N_PLUS_ONE("n-plus-one"),
  POOL_EXHAUSTION("pool-exhaustion"),
  RETRY_STORM("retry-storm"),
  CACHE_STAMPEDE("cache-stampede"),
  CPU_SATURATION("cpu-saturation"),
  MEMORY_LEAK("memory-leak"),
  DEPENDENCY_OUTAGE("dependency-outage"),
  CONFIG_CHANGE("config-change"),
  POISON_PILL("poison-pill");

  private final String wireName;

  FaultType(String wireName) {
    this.wireName = wireName;
  }

  /** The label name, so that printing the value prints what labels say. */
  @Override
  public String toString() {
    return wireName();
  }

  /** The label name, e.g. {@code n-plus-one}. */
  public String wireName() {
    return wireName;
  }

  /**
   * The type of that label name.
   *
   * @throws IllegalArgumentException naming the known types when there is none
   */
  public static FaultType of(String wireName) {
    for (FaultType type : values()) {
      if (type.wireName.equals(wireName)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown fault type '" + wireName + "', expected one of "
        + Arrays.stream(values()).map(FaultType::wireName).collect(Collectors.joining(", ")));
  }
}
