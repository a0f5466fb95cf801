package dev.rootline.anomaly;

import dev.rootline.anomaly.DetectorSpec.Model;
import java.util.List;

/** Everything the detectors keep for one signal of one series; serialized by {@link StateCodec}. */
final class SignalState {
  /**
   * While an anomaly is open, only one window in this many is learned: a persistent change becomes
   * the new normal after about an hour, a ten-minute incident does not.
   */
  static final int SLOW_LEARN = 12;

  final Model model;
  final Baseline baseline;
  final Pool pool;
  long lastStart = Long.MIN_VALUE;
  int windowMillis;
  int learned;
  /** A judged window was within the cold-start limits: from now on, crossing them is a change. */
  boolean withinLimits;
  int fingerprint;
  /** Ratio windows starting at or before this were part of an anomaly: not to be learned. */
  long heldBefore = Long.MIN_VALUE;
  /** Ratio windows starting before this belong to a resolved anomaly: not evidence for a new one. */
  long scanFrom = Long.MIN_VALUE;
  Memory[] memory = new Memory[0];
  /** For counts: the count per window the baseline expected last; not stored, NaN when unknown. */
  double expectedCount = Double.NaN;
  Episode episode;

  SignalState(Model model) {
    this.model = model;
    this.baseline = new Baseline(model != Model.RATIO && model != Model.PEAK);
    this.pool = model == Model.RATIO ? new Pool() : null;
  }

  /** Fits the detector memory to these detectors; after a catalogue change it starts afresh. */
  void fit(List<DetectorSpec> specs) {
    int print = fingerprintOf(specs);
    if (print == fingerprint && memory.length == specs.size()) {
      return;
    }
    fingerprint = print;
    memory = new Memory[specs.size()];
    for (int i = 0; i < memory.length; i++) {
      memory[i] = new Memory();
    }
    episode = null;
  }

  /** Forgets the detectors' memory and open anomaly but keeps the baseline (a new version inherits). */
  void forgetDetections() {
    for (Memory m : memory) {
      m.reset();
    }
    episode = null;
    lastStart = Long.MIN_VALUE;
    if (pool != null) {
      pool.size = 0;
    }
  }

  /** Counts learn every window (silence too); levels only windows with enough samples. */
  boolean learnable(DetectorSpec spec, Sample s) {
    return model == Model.COUNT || s.samples() >= spec.minSamples();
  }

  /**
   * Learns a window if it was normal; while an anomaly is open, one in {@link #SLOW_LEARN}, and
   * then not into the daily profile.
   */
  void learnWindow(Sample s, Expectation e, long midMillis, boolean breach) {
    boolean normal = episode == null && !breach;
    if (normal || slowly()) {
      double y = Scale.to(model, s.value(), s.windowMillis());
      baseline.learn(model, midMillis, y, s.samples(), e == null ? Double.NaN : e.spread(), normal);
      learned = Math.min(learned + 1, Integer.MAX_VALUE - 1);
    }
  }

  /** A ratio learns the window leaving its pool, unless an anomaly was open since it came in. */
  void learnLeaving(double[] leaving, long startMillis) {
    if (episode != null) {
      heldBefore = startMillis;
    }
    if (leaving != null && leaving[1] > 0 && (slowly() || episode == null && leaving[2] > heldBefore)) {
      baseline.learn(Model.RATIO, (long) leaving[2], leaving[0] / leaving[1], leaving[1], Double.NaN, false);
      learned = Math.min(learned + 1, Integer.MAX_VALUE - 1);
    }
  }

  private boolean slowly() {
    return episode != null && episode.age > 0 && episode.age % SLOW_LEARN == 0;
  }

  static int fingerprintOf(List<DetectorSpec> specs) {
    int h = 17;
    for (DetectorSpec spec : specs) {
      h = 31 * h + spec.id().hashCode();
    }
    return h;
  }
}
