package dev.rootline.ingest.trace;

import dev.rootline.core.telemetry.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Which traces are read in full when spans come faster than a budget: every trace while the rate
 * stays within it, and beyond it the traces in a share of 1/2, 1/4, ... down to 1/64, chosen by a
 * hash of the trace id. A trace is read whole or not at all, every replica picks the same traces,
 * and the traces of a smaller share are among those of a larger one. The share follows the rate of
 * the last second of processing time: it falls at once as far as that rate needs, and rises one
 * step a second once the rate at the larger share would be within three quarters of the budget.
 * Spans left out are counted. Not thread-safe.
 */
public final class TraceShare {
  /** The smallest share is {@code 1 / 2^MAX_LEVEL}. */
  public static final int MAX_LEVEL = 6;
  private static final long SECOND_MILLIS = 1_000;

  private final long budgetPerSecond;
  private final boolean adapts;
  private int level;
  private long secondFromMillis = Long.MIN_VALUE;
  private long offeredThisSecond;
  private long leftOut;

  private TraceShare(long budgetPerSecond, int level, boolean adapts) {
    this.budgetPerSecond = budgetPerSecond;
    this.level = level;
    this.adapts = adapts;
  }

  /** A share that reads every trace up to {@code budgetPerSecond} spans a second; 0 means no budget. */
  public static TraceShare budget(long budgetPerSecond) {
    if (budgetPerSecond < 0) {
      throw new IllegalArgumentException("the budget must be 0 (none) or a number of spans a second, got "
          + budgetPerSecond);
    }
    return new TraceShare(budgetPerSecond, 0, budgetPerSecond > 0);
  }

  /** A share that never moves: 1, 1/2, 1/4, ... 1/64, as for replaying labelled cases at one share. */
  public static TraceShare fixed(double share) {
    for (int level = 0; level <= MAX_LEVEL; level++) {
      if (share == 1.0 / (1 << level)) {
        return new TraceShare(0, level, false);
      }
    }
    throw new IllegalArgumentException("a share is 1, 1/2, 1/4, ... or 1/" + (1 << MAX_LEVEL) + ", got " + share);
  }

  /**
   * Counts a poll's spans against the budget at {@code nowMillis} of processing time, moves the share
   * when a second has passed, and returns the spans of the traces in the share (the list itself
   * when that is all of them).
   */
  public List<Span> read(List<Span> spans, long nowMillis) {
    if (adapts) {
      follow(spans.size(), nowMillis);
    }
    if (level == 0) {
      return spans;
    }
    List<Span> kept = new ArrayList<>(spans.size() >> level);
    for (Span span : spans) {
      if (holds(span.traceIdHigh(), span.traceIdLow())) {
        kept.add(span);
      }
    }
    leftOut += spans.size() - kept.size();
    return kept;
  }

  /** Whether the trace of this id is in the share. */
  public boolean holds(long traceIdHigh, long traceIdLow) {
    return level == 0 || mix(traceIdHigh, traceIdLow) >>> (Long.SIZE - level) == 0;
  }

  /** The share of traces read now: 1, 1/2, ... */
  public double share() {
    return 1.0 / (1 << level);
  }

  /** How many traces each one read stands for now: the inverse of the share. */
  public int weight() {
    return 1 << level;
  }

  /** Spans left out because their trace was not in the share. */
  public long spansLeftOut() {
    return leftOut;
  }

  private void follow(int spans, long nowMillis) {
    if (secondFromMillis == Long.MIN_VALUE || nowMillis < secondFromMillis) {
      secondFromMillis = nowMillis;
      offeredThisSecond = 0;
    }
    long elapsed = nowMillis - secondFromMillis;
    if (elapsed >= SECOND_MILLIS) {
      follow(offeredThisSecond * 1_000.0 / elapsed);
      secondFromMillis = nowMillis;
      offeredThisSecond = 0;
    }
    offeredThisSecond += spans;
  }

  private void follow(double rate) {
    int needed = 0;
    while (needed < MAX_LEVEL && rate / (1 << needed) > budgetPerSecond) {
      needed++;
    }
    if (needed > level) {
      level = needed;
    } else if (level > 0 && rate / (1 << (level - 1)) <= budgetPerSecond * 0.75) {
      level--;
    }
  }

  /**
   * SplitMix64's finaliser over both halves of the id: trace ids should be random, but not every
   * tracer makes all of their bits so.
   */
  private static long mix(long high, long low) {
    long z = low ^ Long.rotateLeft(high, 32);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
