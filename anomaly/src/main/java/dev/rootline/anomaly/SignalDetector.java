package dev.rootline.anomaly;

import dev.rootline.anomaly.DetectorSpec.Model;
import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Anomaly.Direction;
import dev.rootline.core.anomaly.Anomaly.State;
import dev.rootline.core.window.SeriesKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the detectors of one signal over one window: judge against the baseline (or, in the cold
 * start, the absolute rules), confirm, open, update or resolve the anomaly, and learn the window if
 * it was normal.
 */
final class SignalDetector {
  /** Windows a baseline must learn before baseline rules replace the cold-start rules. */
  static final int HISTORY = 30;
  /** Windows a peak baseline must learn before it judges: half an hour. */
  static final int PEAK_HISTORY = 180;

  private SignalDetector() {}

  /** One window of one signal; {@code quietDown} silences drop detectors (traffic moved to a new version). */
  static List<Anomaly> step(SignalState st, List<DetectorSpec> specs, SeriesKey series, String signal,
      Sample sample, long startMillis, boolean quietDown) {
    long w = sample.windowMillis();
    long mid = startMillis + w / 2;
    st.lastStart = startMillis;
    st.windowMillis = (int) w;
    double[] leaving = null;
    if (st.model == Model.RATIO) {
      leaving = st.pool.push(sample.failedNow(), sample.samples(), startMillis);
      sample = sample.pooled(st.pool.cumulative(startMillis, 2L * Pool.CAPACITY * w, st.scanFrom));
    }
    Expectation e = history(st) < HISTORY ? null : st.baseline.expect(st.model, mid);
    st.expectedCount = st.model == Model.COUNT && e != null ? Math.pow(Math.max(0, e.level()), 2) : Double.NaN;
    Verdict[] verdicts = judgeAll(st, specs, e, sample, startMillis, quietDown);
    boolean breach = false;
    for (Verdict v : verdicts) {
      breach |= v.breach();
    }
    List<Anomaly> out = new ArrayList<>(1);
    if (st.episode == null) {
      open(st, specs, series, signal, verdicts, startMillis, w, out);
    } else {
      carryOn(st, specs, series, signal, verdicts, e, sample, startMillis + w, quietDown, out);
    }
    if (st.model == Model.RATIO) {
      st.learnLeaving(leaving, startMillis);
    } else if (st.learnable(specs.get(0), sample)) {
      st.learnWindow(sample, e, mid, breach);
    }
    return out;
  }

  /** Every detector's verdict on the window, remembered; the cold-start rules while {@code e} is null. */
  private static Verdict[] judgeAll(SignalState st, List<DetectorSpec> specs, Expectation e, Sample sample,
      long startMillis, boolean quietDown) {
    Verdict[] verdicts = new Verdict[specs.size()];
    for (int i = 0; i < verdicts.length; i++) {
      DetectorSpec spec = specs.get(i);
      verdicts[i] = quietDown && spec.direction() == Direction.DOWN ? Verdict.NONE
          : e == null ? coldStart(st, spec, sample) : Judge.judge(spec, e, sample, 1);
      st.memory[i].update(verdicts[i], spec.threshold(), startMillis, e != null && st.model.cusum());
    }
    return verdicts;
  }

  /**
   * The cold-start rule fires only on a change: once a judged window was within the absolute limit,
   * so that a series slow or failing by design (long polling, a probe that always fails) does not
   * raise an anomaly every time detection starts afresh.
   */
  private static Verdict coldStart(SignalState st, DetectorSpec spec, Sample sample) {
    Verdict v = Judge.absolute(spec, sample);
    if (v.judged() && !v.shaped()) {
      st.withinLimits = true;
    }
    return st.withinLimits ? v : new Verdict(v.judged(), v.shaped(), false, v.z(), v.observed(), v.expected());
  }

  /**
   * Windows behind the baseline, counting a ratio's windows still waiting in its pool; a peak
   * baseline needs half its hour before the highest value it holds means anything.
   */
  static int history(SignalState st) {
    if (st.model == Model.PEAK) {
      return st.learned >= PEAK_HISTORY ? st.learned : 0;
    }
    return st.learned + (st.pool == null ? 0 : st.pool.size);
  }

  /** Whether a count series carries enough traffic that silence means a drop. */
  static boolean established(SignalState st, List<DetectorSpec> specs) {
    if (st.model != Model.COUNT || st.learned < HISTORY) {
      return false;
    }
    if (Double.isNaN(st.expectedCount)) {
      Expectation e = st.baseline.expect(st.model, st.lastStart);
      st.expectedCount = e == null ? 0 : Math.pow(Math.max(0, e.level()), 2);
    }
    for (DetectorSpec spec : specs) {
      if (spec.direction() == Direction.DOWN && st.expectedCount >= spec.minSamples()) {
        return true;
      }
    }
    return false;
  }

  private static void open(SignalState st, List<DetectorSpec> specs, SeriesKey series, String signal,
      Verdict[] verdicts, long start, long w, List<Anomaly> out) {
    for (int i = 0; i < verdicts.length; i++) {
      DetectorSpec spec = specs.get(i);
      boolean decisive = verdicts[i].decisive();
      if (verdicts[i].judged() && verdicts[i].shaped()
          && (decisive || st.memory[i].confirmed(spec.confirm(), spec.threshold()))) {
        long onset = decisive ? start : st.memory[i].onset(spec.confirm(), start, w);
        st.episode = new Episode(i, onset, start + w, verdicts[i]);
        out.add(Reports.of(series, signal, specs.get(i), st.episode, State.OPEN, ""));
        return;
      }
    }
  }

  private static void carryOn(SignalState st, List<DetectorSpec> specs, SeriesKey series, String signal,
      Verdict[] verdicts, Expectation e, Sample sample, long end, boolean quietDown, List<Anomaly> out) {
    Episode ep = st.episode;
    ep.age++;
    DetectorSpec spec = specs.get(ep.spec);
    Verdict v = verdicts[ep.spec];
    if (quietDown && spec.direction() == Direction.DOWN) {
      resolve(st, spec, series, signal, "traffic moved to another version", out);
    } else if (v.judged()) {
      // Hysteresis: an open anomaly stays abnormal until the window is back within half the bar.
      Verdict half = e == null ? v : Judge.judge(spec, e, sample, 0.5);
      if (half.breach()) {
        if (ep.abnormal(half, end)) {
          out.add(Reports.of(series, signal, spec, ep, State.ONGOING, ""));
        }
      } else if (ep.normal(half)) {
        resolve(st, spec, series, signal, "resolved", out);
      }
    }
  }

  static void resolve(SignalState st, DetectorSpec spec, SeriesKey series, String signal, String note,
      List<Anomaly> out) {
    out.add(Reports.of(series, signal, spec, st.episode, State.RESOLVED, note));
    st.episode = null;
    st.scanFrom = st.lastStart;
    for (Memory m : st.memory) {
      m.reset();
    }
  }
}
