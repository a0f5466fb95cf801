package dev.rootline.anomaly;

/**
 * What a signal usually is at each quarter hour of the day (UTC; a daily cycle repeats every 24 h in
 * any zone), learned across days as a robust running level per slot and read with linear
 * interpolation between slot centres, so a morning ramp is expected rather than anomalous.
 */
final class DailyProfile {
  static final int SLOTS = 96;
  static final long DAY_MILLIS = 86_400_000L;
  static final long SLOT_MILLIS = DAY_MILLIS / SLOTS;
  /** Windows a slot must have learned before it is trusted: a third of one day's windows. */
  static final int MIN_SLOT_COUNT = 30;
  /** The running level weighs about the last 255 windows of a slot: roughly three days. */
  private static final int MAX_COUNT = 255;
  /** A value further than this many spreads from the slot's level is clipped before learning. */
  private static final double CLIP = 3;

  final float[] levels = new float[SLOTS];
  final byte[] counts = new byte[SLOTS];

  boolean learnedAny() {
    for (byte count : counts) {
      if (count != 0) {
        return true;
      }
    }
    return false;
  }

  /** Learns {@code y} at {@code timeMillis}, its influence bounded by {@code spread}. */
  void learn(long timeMillis, double y, double spread) {
    int slot = slotOf(timeMillis);
    int count = Byte.toUnsignedInt(counts[slot]);
    double level = levels[slot];
    if (count == 0) {
      levels[slot] = (float) y;
    } else {
      double clipped = Math.max(level - CLIP * spread, Math.min(level + CLIP * spread, y));
      levels[slot] = (float) (level + (clipped - level) / (count + 1));
    }
    counts[slot] = (byte) Math.min(MAX_COUNT, count + 1);
  }

  /** The expected value at {@code timeMillis}, or NaN when the neighbouring slots lack history. */
  double at(long timeMillis) {
    double position = (double) Math.floorMod(timeMillis, DAY_MILLIS) / SLOT_MILLIS - 0.5;
    int low = (int) Math.floor(position);
    double fraction = position - low;
    int a = Math.floorMod(low, SLOTS);
    int b = (a + 1) % SLOTS;
    if (Byte.toUnsignedInt(counts[a]) < MIN_SLOT_COUNT || Byte.toUnsignedInt(counts[b]) < MIN_SLOT_COUNT) {
      return Double.NaN;
    }
    return levels[a] * (1 - fraction) + levels[b] * fraction;
  }

  private static int slotOf(long timeMillis) {
    return (int) (Math.floorMod(timeMillis, DAY_MILLIS) / SLOT_MILLIS);
  }
}
