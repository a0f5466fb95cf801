package dev.rootline.anomaly;

/**
 * A detector's judgement of one window.
 *
 * @param judged   whether the window rested on enough samples to be judged at all
 * @param shaped   whether the departure has the shape the detector asks for: the right way, by at
 *                 least the least factor and difference, beyond everything in recent history
 * @param breach   whether it is abnormal: judged, shaped and far enough in robust deviations
 * @param z        how far, in robust standard deviations (signed: positive is the detector's way)
 * @param observed the value judged, in the detector's unit
 * @param expected the value the baseline expected, in the detector's unit
 * @param decisive whether the evidence alone is enough to open, without windows in a row
 */
record Verdict(boolean judged, boolean shaped, boolean breach, double z, double observed, double expected,
    boolean decisive) {
  static final Verdict NONE = new Verdict(false, false, false, 0, Double.NaN, Double.NaN);

  Verdict(boolean judged, boolean shaped, boolean breach, double z, double observed, double expected) {
    this(judged, shaped, breach, z, observed, expected, false);
  }
}
