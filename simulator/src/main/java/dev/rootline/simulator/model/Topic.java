package dev.rootline.simulator.model;

import java.util.Objects;

/**
 * A Kafka topic of the shop. Every service with a consumer endpoint for it consumes it in its own
 * consumer group.
 *
 * @param name       {@code messaging.destination.name}
 * @param partitions how many partitions it has; each is consumed in order by one pod
 */
public record Topic(String name, int partitions) {
  public Topic {
    Objects.requireNonNull(name, "name");
    if (partitions < 1) {
      throw new IllegalArgumentException("topic " + name + " needs at least one partition");
    }
  }
}
