package dev.rootline.rca.rank;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.rca.Evidence;
import dev.rootline.rca.evidence.EvidenceStore;
import dev.rootline.rca.evidence.Key;
import dev.rootline.rca.evidence.Tally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changes shortly before onset: reported deploy, config and flag events, and versions first seen
 * in spans since the baseline began (inferred deploys, for systems that report none). The nearer
 * the change to onset, the stronger; a change after onset cannot have caused it. The changed
 * version is compared with the other versions of the service in the same window.
 */
final class ChangeFeatures {
  /** Changes up to this long before onset count; their strength halves every seven minutes. */
  static final long LOOKBACK_MILLIS = 30 * 60_000L;
  private static final double DECAY_MILLIS = 10 * 60_000.0;
  private static final long LATE_MILLIS = 60_000L;
  /** Changes further back than about sixteen minutes are not shown as findings. */
  static final double SHOWN_PROXIMITY = 0.2;

  private ChangeFeatures() {}

  static void apply(Map<String, Suspect> suspects, EvidenceStore store, AnalysisWindow w) {
    List<DeployEvent> changes = new ArrayList<>(store.changes(w.onset() - LOOKBACK_MILLIS, w.onset() + LATE_MILLIS));
    changes.addAll(inferred(store, w));
    for (DeployEvent change : changes) {
      Suspect suspect = suspects.get(change.service());
      if (suspect == null) {
        continue;
      }
      double proximity = Math.exp(-Math.max(0, w.onset() - change.at().toEpochMilli()) / DECAY_MILLIS);
      if (proximity > suspect.strength(Feature.CHANGE)
          || proximity == suspect.strength(Feature.CHANGE) && change.source() == DeployEvent.Source.REPORTED) {
        suspect.strengths.put(Feature.CHANGE, proximity);
        suspect.change = change;
      }
    }
    for (Suspect suspect : suspects.values()) {
      if (suspect.change != null && suspect.strength(Feature.CHANGE) >= SHOWN_PROXIMITY) {
        describe(suspect, w);
        compareVersions(suspect, store, w);
      }
    }
  }

  /** Versions whose first span came after the baseline began, while another version ran before. */
  private static List<DeployEvent> inferred(EvidenceStore store, AnalysisWindow w) {
    List<DeployEvent> out = new ArrayList<>();
    List<Key> versions = store.keys(Key.Type.VERSION);
    for (Key key : versions) {
      long first = store.firstSeen(key, w.baselineFrom(), w.onset() + LATE_MILLIS);
      if (first <= w.baselineFrom() + store.bucketMillis() * 3) {
        continue;
      }
      String previous = null;
      for (Key other : versions) {
        if (other.name().equals(key.name()) && !other.equals(key)
            && store.sum(other, w.baselineFrom(), first).count() > 0) {
          previous = other.detail();
        }
      }
      if (previous != null) {
        out.add(new DeployEvent(key.name(), key.detail(), previous, null, ChangeKind.DEPLOY, Instant.ofEpochMilli(first),
            null, null, "first spans of version " + key.detail(), DeployEvent.Source.INFERRED));
      }
    }
    return out;
  }

  private static void describe(Suspect suspect, AnalysisWindow w) {
    DeployEvent c = suspect.change;
    long before = (w.onset() - c.at().toEpochMilli()) / 1000;
    String what = c.kind() == ChangeKind.DEPLOY || c.kind() == ChangeKind.ROLLBACK
        ? c.kind().wireName() + " of " + c.version() : c.kind().wireName() + " change"
            + (c.description() == null ? "" : " (" + c.description() + ")");
    String when = before >= 0 ? before + " s before onset" : -before + " s after onset";
    suspect.finding(Feature.CHANGE, Evidence.Kind.CHANGE, c.kind().wireName(), Double.NaN, Double.NaN, "",
        String.format("%s: %s %s, %s%s", c.service(), what, when, c.source() == DeployEvent.Source.INFERRED
            ? "inferred from spans" : "reported", c.author() == null ? "" : " by " + c.author()), List.of());
  }

  /** The changed version against the service's other versions in the incident window. */
  private static void compareVersions(Suspect suspect, EvidenceStore store, AnalysisWindow w) {
    String version = suspect.change.version();
    if (version == null) {
      return;
    }
    Tally changed = store.sum(Key.version(suspect.name, version), w.onset(), w.until());
    Tally others = new Tally();
    for (Key key : store.keys(Key.Type.VERSION)) {
      if (key.name().equals(suspect.name) && !key.detail().equals(version)) {
        others.add(store.sum(key, w.onset(), w.until()));
      }
    }
    if (changed.count() < 3 || others.count() < 3) {
      return;
    }
    double p = (changed.errors() + others.errors() + 1.0) / (changed.count() + others.count() + 2.0);
    double errors = (changed.errorRatio() - others.errorRatio())
        / Math.sqrt(p * (1 - p) * (1.0 / changed.count() + 1.0 / others.count()));
    double latency = Math.log(changed.mean() / others.mean()) / Math.log(1.25) * Math.sqrt(Math.min(changed.count(), 10));
    double z = Math.max(errors, latency);
    if (z > 0) {
      suspect.strength(Feature.VERSION, z);
      suspect.finding(Feature.VERSION, Evidence.Kind.VERSION_COMPARISON, version, others.errorRatio(),
          changed.errorRatio(), "ratio", String.format(
              "%s %s fails %.1f%% and answers in %.0f ms; its other versions fail %.1f%% in %.0f ms", suspect.name,
              version, 100 * changed.errorRatio(), changed.mean(), 100 * others.errorRatio(), others.mean()),
          List.of());
    }
  }
}
