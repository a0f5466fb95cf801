package dev.rootline.ingest.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The comparison behind {@link LogTemplates#changes}: each template's baseline against its counts since onset. */
final class TemplateChanges {
  private static final long MINUTE = 60_000;
  private static final Comparator<TemplateChange> RANK = Comparator.comparingDouble(TemplateChange::score).reversed()
      .thenComparing(Comparator.comparingLong(TemplateChange::errorCount).reversed())
      .thenComparingInt(TemplateChange::templateId);

  /** Whole minutes: the baseline ends with the minute before the onset's, observation starts there. */
  private record Minutes(long baselineFrom, long baselineTo, long observedFrom, long observedTo) {
    long baselineMinutes() {
      return Math.max(0, baselineTo - baselineFrom + 1);
    }

    long observedMinutes() {
      return observedTo - observedFrom + 1;
    }
  }

  private TemplateChanges() {}

  static List<TemplateChange> of(String service, ServiceLogs logs, LogTemplates.Config config, long latestMinute,
      long baselineFromMillis, long onsetMillis, long untilMillis) {
    long onset = Math.floorDiv(onsetMillis, MINUTE);
    long oldest = logs.oldestMinute();
    Minutes minutes = new Minutes(Math.max(Math.floorDiv(baselineFromMillis, MINUTE), oldest), onset - 1,
        Math.max(onset, oldest), Math.min(Math.floorDiv(untilMillis - 1, MINUTE), latestMinute));
    if (minutes.observedMinutes() <= 0) {
      return List.of();
    }
    List<TemplateChange> out = new ArrayList<>();
    for (Map.Entry<Integer, TemplateHistory> e : logs.templates.entrySet()) {
      TemplateChange change = change(service, e.getKey(), e.getValue(), logs.drain, config, minutes);
      if (change != null) {
        out.add(change);
      }
    }
    out.sort(RANK);
    return out;
  }

  private static TemplateChange change(String service, int id, TemplateHistory history, Drain drain,
      LogTemplates.Config config, Minutes minutes) {
    MinuteCounts.Sum observed = history.counts.sum(minutes.observedFrom(), minutes.observedTo());
    if (observed.all() == 0) {
      return null;
    }
    long baseline = minutes.baselineMinutes() == 0 ? 0
        : history.counts.sum(minutes.baselineFrom(), minutes.baselineTo()).all();
    double baselineRate = minutes.baselineMinutes() == 0 ? 0 : (double) baseline / minutes.baselineMinutes();
    double observedRate = (double) observed.all() / minutes.observedMinutes();
    boolean spiking = baseline > 0 && observed.all() >= config.minSpikeCount()
        && observedRate >= config.minSpikeRatio() * baselineRate;
    if (baseline > 0 && !spiking) {
      return null;
    }
    double expected = (baseline + 1.0) * minutes.observedMinutes() / Math.max(1, minutes.baselineMinutes());
    double score = PoissonTail.surprise(observed.all(), expected);
    if (spiking && score < config.minSpikeScore()) {
      return null;
    }
    return new TemplateChange(service, id, baseline == 0 ? TemplateChange.Kind.NEW : TemplateChange.Kind.SPIKING,
        drain.template(id).text(), history.example(), history.firstSeenMillis(), baselineRate, observedRate,
        observed.all(), observed.errors(), score);
  }
}
