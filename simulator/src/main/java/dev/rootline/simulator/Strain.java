package dev.rootline.simulator;

/**
 * What a pod's process suffers beyond its work, as its runtime and pool metrics show it.
 *
 * @param cpu                 CPU utilisation added to what its work costs (0 to 1)
 * @param leakedBytes         memory held beyond its working set
 * @param gcPressure          how close its heap is to full, 0 (as modelled) to 1 (back-to-back collections)
 * @param heldConnections     database connections held outside requests, unavailable to them
 */
public record Strain(double cpu, long leakedBytes, double gcPressure, int heldConnections) {
  public static final Strain NONE = new Strain(0, 0, 0, 0);

  public Strain {
    if (!(cpu >= 0) || leakedBytes < 0 || !(gcPressure >= 0 && gcPressure <= 1) || heldConnections < 0) {
      throw new IllegalArgumentException("strain values must not be negative, and gc pressure within 0..1");
    }
  }

  /** Both strains at once: each part adds up, CPU and GC pressure to at most 1. */
  public Strain and(Strain other) {
    if (other == NONE) {
      return this;
    }
    if (this == NONE) {
      return other;
    }
    return new Strain(Math.min(1, cpu + other.cpu), leakedBytes + other.leakedBytes,
        Math.min(1, gcPressure + other.gcPressure), heldConnections + other.heldConnections);
  }
}
