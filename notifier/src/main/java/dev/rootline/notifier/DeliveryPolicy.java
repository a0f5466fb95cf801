package dev.rootline.notifier;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How hard the dispatcher tries: retry waits that double from {@code firstRetry} up to
 * {@code maxRetry}, each drawn between half and all of that (jitter, so that many entries failing
 * together do not retry together), unless the destination said how long to wait; given up when the
 * next try would fall after {@code giveUpAfter} from recording.
 *
 * @param batch how many due entries one tick takes at most
 * @param lease how long a sender holds an entry it took ({@link Outbox#claim}): longer than one send
 *              may take, or a replica could send it again meanwhile; a sender that dies holding an
 *              entry delays it by this much
 */
public record DeliveryPolicy(Duration firstRetry, Duration maxRetry, Duration giveUpAfter, int batch, Duration lease) {
  public DeliveryPolicy {
    Objects.requireNonNull(firstRetry, "firstRetry");
    Objects.requireNonNull(maxRetry, "maxRetry");
    Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    Objects.requireNonNull(lease, "lease");
    if (firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0 || batch < 1 || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("need 0 <= firstRetry <= maxRetry, batch >= 1 and a positive lease");
    }
  }

  /** The wait before try {@code attempt + 1}, after {@code attempt} (from 1) failed tries. */
  Duration backoff(int attempt, Random random) {
    long cap = maxRetry.toMillis();
    long base = firstRetry.toMillis();
    long full = attempt >= 62 || base << Math.min(attempt - 1, 62) > cap ? cap : Math.min(cap, base << (attempt - 1));
    long half = full / 2;
    return Duration.ofMillis(half + (long) (random.nextDouble() * (full - half)));
  }
}
