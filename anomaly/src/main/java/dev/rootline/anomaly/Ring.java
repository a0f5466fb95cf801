package dev.rootline.anomaly;

/**
 * The last values a baseline learned, oldest first, each with one companion number: the daily
 * profile's value at the time (NaN before the profile was ready) or, for ratios, the request count.
 * Floats, since the baseline's precision is far coarser than theirs and the state must stay small.
 */
final class Ring {
  static final int CAPACITY = 60;

  private final float[] values = new float[CAPACITY];
  private final float[] companions = new float[CAPACITY];
  private int next;
  private int size;

  void push(double value, double companion) {
    values[next] = (float) value;
    companions[next] = (float) companion;
    next = (next + 1) % CAPACITY;
    size = Math.min(size + 1, CAPACITY);
  }

  int size() {
    return size;
  }

  /** The {@code i}-th value, 0 being the oldest kept. */
  double value(int i) {
    return values[index(i)];
  }

  double companion(int i) {
    return companions[index(i)];
  }

  private int index(int i) {
    return (next - size + i + CAPACITY) % CAPACITY;
  }
}
