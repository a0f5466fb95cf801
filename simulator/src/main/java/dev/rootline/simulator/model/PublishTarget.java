package dev.rootline.simulator.model;

import java.util.Objects;

/** A topic the caller publishes one message to; the topic's consumers process it later. */
public record PublishTarget(String topic) implements Target {
  public PublishTarget {
    Objects.requireNonNull(topic, "topic");
  }
}
