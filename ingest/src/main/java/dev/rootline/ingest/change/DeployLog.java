package dev.rootline.ingest.change;

import dev.rootline.core.change.DeployEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/** The most recent changes, reported and inferred, newest last; bounded and thread-safe. */
public final class DeployLog {
  private final int capacity;
  private final Deque<DeployEvent> events = new ArrayDeque<>();

  public DeployLog(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Keeps the event, the eldest giving way at capacity; an event equal to one kept is not kept
   * again (a record read again from Kafka, a pipeline that sends its deploy twice).
   */
  public synchronized void add(DeployEvent event) {
    if (events.contains(event)) {
      return;
    }
    if (events.size() == capacity) {
      events.removeFirst();
    }
    events.addLast(event);
  }

  public void addAll(Collection<DeployEvent> added) {
    added.forEach(this::add);
  }

  /** The kept events ordered by the time the change took effect, oldest first. */
  public synchronized List<DeployEvent> recent() {
    List<DeployEvent> copy = new ArrayList<>(events);
    copy.sort(Comparator.comparing(DeployEvent::at));
    return copy;
  }
}
