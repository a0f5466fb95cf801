package dev.rootline.rca.rank;

import dev.rootline.core.rca.Evidence;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import dev.rootline.rca.evidence.Tally;
import java.util.List;

/**
 * A service's own evidence from its spans: where failures began, time spent in itself, its error
 * ratio and latency, each against its own baseline. Inbound load that rose explains some of a
 * slowdown, so self time is discounted by the rise (the victim of a caller's flood is not its cause).
 */
final class ServiceFeatures {
  private static final int MIN_REQUESTS = 3;

  private ServiceFeatures() {}

  static void apply(Suspect suspect, EvidenceStore store, AnalysisWindow w) {
    Series s = new Series(store, Key.service(suspect.name), w);
    Tally base = s.baseline;
    Tally now = s.incident;
    if (now.count() < MIN_REQUESTS && now.origins() == 0) {
      return;
    }
    String failing = store.failingTrace(suspect.name, w.onset(), w.until());
    errorOrigin(suspect, s, failing);
    double load = loadRatio(base, now, w);
    suspect.load = load;
    double self = s.z(Tally::selfMean, 0.1, 0.05) / Math.max(1, load);
    if (self > 0) {
      suspect.strength(Feature.SELF_TIME, self);
      suspect.finding(Feature.SELF_TIME, Evidence.Kind.SELF_TIME, "self time per request", base.selfMean(),
          now.selfMean(), "ms", String.format("%s spends %.1f ms in itself per request, normally %.1f ms%s",
              suspect.name, now.selfMean(), base.selfMean(), load >= 1.5 ? String.format(" (while its requests rose x%.1f)", load) : ""),
          List.of());
    }
    double latency = s.z(Tally::mean, 0.1, 0.05);
    if (latency > 0) {
      suspect.strength(Feature.LATENCY, latency);
      suspect.finding(Feature.LATENCY, Evidence.Kind.RED, "mean latency", base.mean(), now.mean(), "ms",
          String.format("%s answers in %.1f ms on average, normally %.1f ms", suspect.name, now.mean(), base.mean()),
          List.of());
    }
    double p = (base.errors() + 1.0) / (base.count() + 2.0);
    double errors = (now.errors() - p * now.count()) / Math.sqrt(p * (1 - p) * now.count() + 1);
    if (errors > 0 && now.errors() > 0) {
      suspect.strength(Feature.ERRORS, errors);
      suspect.finding(Feature.ERRORS, Evidence.Kind.RED, "error ratio", base.errorRatio(), now.errorRatio(), "ratio",
          String.format("%s fails %.1f%% of requests, normally %.1f%%", suspect.name, 100 * now.errorRatio(),
              100 * ratio(base.errors(), base.count())), failing == null ? List.of() : List.of(failing));
    }
  }

  private static void errorOrigin(Suspect suspect, Series s, String failing) {
    Tally base = s.baseline;
    Tally now = s.incident;
    double perRequest = (base.origins() + 0.5) / (base.count() + 1.0);
    double expected = perRequest * Math.max(now.count(), 1);
    double z = Robust.poissonZ(now.origins(), expected);
    if (z > 0 && now.origins() > 0) {
      suspect.strength(Feature.ERROR_ORIGIN, z);
      suspect.finding(Feature.ERROR_ORIGIN, Evidence.Kind.ERROR_ORIGIN, "failures that began here", expected,
          now.origins(), "failures", String.format("%d failures began in %s's own spans%s, %.1f expected from before",
              now.origins(), suspect.name, s.shareNote(), expected), failing == null ? List.of() : List.of(failing));
    }
  }

  /**
   * How many times more requests per minute the service handled since onset than before: of all
   * traffic, whatever share of traces was read before and after.
   */
  static double loadRatio(Tally base, Tally now, AnalysisWindow w) {
    if (base.count() < 10) {
      return 1;
    }
    return (now.traffic() / w.incidentMinutes()) / (base.traffic() / w.baselineMinutes());
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
