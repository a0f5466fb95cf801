package dev.rootline.anomaly;

import dev.rootline.anomaly.DetectorSpec.Model;
import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Anomaly.State;
import dev.rootline.core.anomaly.Observation;
import java.util.ArrayList;
import java.util.List;

/**
 * Multi-window, multi-burn-rate SLO alerting: an anomaly opens when, for one burn window pair,
 * both the long and the short window spend the error budget at least {@code factor} times faster
 * than the objective allows, and resolves once no short window burns that fast any more.
 */
final class SloDetector {
  private static final double Z99 = 2.3263;
  private static final double CONFIDENCE = 3;

  private SloDetector() {}

  static List<Anomaly> step(SloState st, DetectorSpec spec, SloPolicy policy, Observation o, String signal) {
    boolean latency = spec.model() == Model.SLO_LATENCY;
    if (latency && o.signal().equals(Observations.LATENCY_P50)) {
      st.pendingP50 = (float) o.value();
      st.pendingStart = o.windowStartMillis();
      return List.of();
    }
    if (o.windowStartMillis() <= st.lastStart || latency && st.pendingStart != o.windowStartMillis()) {
      return List.of();
    }
    if (st.lastStart != Long.MIN_VALUE && o.windowStartMillis() - st.lastStart > SloState.FINE_MILLIS * SloState.FINE_BUCKETS) {
      st.firstMillis = o.windowStartMillis(); // the buckets lost their history: coverage starts again
    }
    st.lastStart = o.windowStartMillis();
    double bad = o.samples() * (latency
        ? slowShare(st.pendingP50, o.value(), policy.latencyMillis()) : o.value());
    st.add(o.windowStartMillis(), o.samples(), bad);
    double budget = 1 - (latency ? policy.latencyObjective() : policy.availability());
    return judge(st, spec, policy, budget, o, signal);
  }

  private static List<Anomaly> judge(SloState st, DetectorSpec spec, SloPolicy policy, double budget,
      Observation o, String signal) {
    long end = o.windowEndMillis();
    boolean hot = false;
    Verdict firing = null;
    List<SloPolicy.BurnWindow> pairs = policy.burnWindows();
    for (int i = 0; i < pairs.size(); i++) {
      SloPolicy.BurnWindow pair = pairs.get(i);
      double[] longSum = st.sum(pair.longWindow().toMillis());
      double[] shortSum = st.sum(pair.shortWindow().toMillis());
      boolean covered = end - st.firstMillis >= pair.longWindow().toMillis();
      boolean enough = shortSum[0] >= spec.minSamples();
      double longBurn = longSum[1] / Math.max(1, longSum[0]) / budget;
      double shortBurn = shortSum[1] / Math.max(1, shortSum[0]) / budget;
      boolean shortHot = covered && enough && shortBurn >= pair.factor();
      // Burning means beyond doubt: both windows' bad shares significantly above the burn line,
      // so a quiet operation's few failures do not page; the point estimates say when it cools.
      boolean burning = shortHot
          && Robust.arcsineZ(longSum[1], longSum[0], pair.factor() * budget) >= CONFIDENCE
          && Robust.arcsineZ(shortSum[1], shortSum[0], pair.factor() * budget) >= CONFIDENCE;
      hot |= shortHot;
      if (covered && longSum[0] >= spec.minSamples() && longBurn < pair.factor() / 2) {
        st.armed |= 1 << i; // the long window is well within budget: a burn from here on is new
      } else if (burning && (st.armed & 1 << i) != 0 && (firing == null || longBurn > firing.z())) {
        firing = new Verdict(true, true, true, longBurn, shortSum[1] / shortSum[0], budget);
      }
    }
    st.hotSince = !hot ? Long.MIN_VALUE : st.hotSince == Long.MIN_VALUE ? o.windowStartMillis() : st.hotSince;
    List<Anomaly> out = new ArrayList<>(1);
    Episode ep = st.episode;
    if (ep == null) {
      if (firing != null) {
        st.armed = 0; // after this burn, the budget must be well kept again before the next page
        st.episode = new Episode(0, st.hotSince, end, firing);
        out.add(Reports.of(o.series(), signal, spec, st.episode, State.OPEN, ""));
      }
    } else if (firing != null || hot) {
      ep.normalStreak = 0;
      if (firing != null && ep.abnormal(firing, end)) {
        out.add(Reports.of(o.series(), signal, spec, ep, State.ONGOING, ""));
      }
    } else {
      double[] now = st.sum(pairs.get(0).shortWindow().toMillis());
      double burn = now[1] / Math.max(1, now[0]) / budget;
      if (ep.normal(new Verdict(true, false, false, burn, now[1] / Math.max(1, now[0]), budget))) {
        ep.score = burn;
        out.add(Reports.of(o.series(), signal, spec, ep, State.RESOLVED, "resolved"));
        st.episode = null;
      }
    }
    return out;
  }

  /**
   * The share of a window's requests slower than {@code limitMillis}, from its p50 and p99 under a
   * log-normal fit (latency distributions are close to log-normal in their body and shoulder).
   */
  static double slowShare(double p50, double p99, double limitMillis) {
    if (!(p50 > 0) || !(p99 > 0)) {
      return 0;
    }
    if (p99 <= p50 * 1.000001) {
      return p50 > limitMillis ? 1 : 0;
    }
    double sigma = (Math.log(p99) - Math.log(p50)) / Z99;
    return 1 - Robust.normalCdf((Math.log(limitMillis) - Math.log(p50)) / sigma);
  }
}
