package dev.rootline.simulator.fault;

import dev.rootline.simulator.model.Failure;
import java.time.Instant;
import java.util.Objects;

/**
 * The first message published to {@code topic} after {@code start} is one {@code consumer} cannot
 * process: every attempt fails with {@code failure} and is retried after a back-off, the records
 * behind it on its partition wait, and the consumer lag grows until {@code end}, when the consumer
 * gets past it and works off the backlog.
 */
public record PoisonPill(String consumer, String topic, Failure failure, Instant start, Instant end) implements Fault {
  public PoisonPill {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(failure, "failure");
    Window.check(start, end);
  }

  @Override
  public Failure poison(String service, String name, Instant at) {
    return service.equals(consumer) && name.equals(topic) && activeAt(at) ? failure : null;
  }

  @Override
  public FaultType type() {
    return FaultType.POISON_PILL;
  }

  @Override
  public RootCause rootCause() {
    return new RootCause(consumer, Indicator.ERRORS);
  }

  @Override
  public String caption() {
    return consumer + " fails again and again on one " + topic + " record ("
        + ErrorInjection.simpleName(failure.type()) + ") while its partition backs up";
  }

  @Override
  public String strength() {
    return "one record, retried every 2 s";
  }
}
