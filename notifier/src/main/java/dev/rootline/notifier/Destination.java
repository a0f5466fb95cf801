package dev.rootline.notifier;

import java.time.Duration;
import java.util.Objects;

/**
 * A configured channel: its name in routes and the outbox, its transport, and the least time
 * between two sends to it (Slack allows about one message per second per channel).
 */
public record Destination(String name, Channel channel, Duration spacing) {
  public Destination {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(spacing, "spacing");
  }
}
