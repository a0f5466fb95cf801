package dev.rootline.notifier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers the signatures of accepted requests for as long as their timestamps are accepted, so
 * that a request captured and sent again within that time is refused. Memory of one process: a
 * replica does not see what another accepted (Slack sends each request to one of them).
 */
final class ReplayGuard {
  private record Seen(String signature, Instant until) {}

  private final Duration window;
  private final Clock clock;
  private final int capacity;
  private final Deque<Seen> order = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();

  ReplayGuard(Duration window, int capacity, Clock clock) {
    this.window = window;
    this.capacity = capacity;
    this.clock = clock;
  }

  /** True the first time a signature is offered within the window; false for a repeat. */
  synchronized boolean firstTime(String signature) {
    Instant now = clock.instant();
    while (!order.isEmpty() && (order.peekFirst().until().isBefore(now) || order.size() >= capacity)) {
      seen.remove(order.pollFirst().signature());
    }
    if (!seen.add(signature)) {
      return false;
    }
    order.addLast(new Seen(signature, now.plus(window).plus(window))); // a timestamp may also lie ahead
    return true;
  }
}
