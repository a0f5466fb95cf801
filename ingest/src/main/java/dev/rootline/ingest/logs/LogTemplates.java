package dev.rootline.ingest.logs;

import dev.rootline.core.telemetry.LogRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Log templates per service with per-minute counts, for asking which messages are new or spiking since an onset. */
public final class LogTemplates {
  private static final long MINUTE = 60_000;

  /**
   * Bounds and the spike rule.
   *
   * @param maxServices     services tracked; logs of further services are dropped and counted
   * @param minutes         minutes of per-minute counts kept per template (the longest baseline)
   * @param maxExampleChars length of the kept example message
   * @param drain           the miner of each service
   * @param minSpikeCount   the fewest logs since the onset for a template to be spiking
   * @param minSpikeRatio   the least ratio of the observed to the baseline rate for a spike
   * @param minSpikeScore   the least {@link TemplateChange#score()} for a spike (3 is p = 0.001)
   */
  public record Config(int maxServices, int minutes, int maxExampleChars, Drain.Config drain,
      int minSpikeCount, double minSpikeRatio, double minSpikeScore) {
    public Config {
      if (maxServices < 1 || minutes < 2 || maxExampleChars < 16 || minSpikeCount < 1 || minSpikeRatio < 1) {
        throw new IllegalArgumentException("invalid log template config: " + this);
      }
    }

    /** 100 services, 180 minutes, 256-character examples, the standard miner; spikes of 5 logs, 2x, score 3. */
    public static Config standard() {
      return new Config(100, 180, 256, Drain.Config.standard(), 5, 2.0, 3.0);
    }
  }

  private final Config config;
  private final Map<String, ServiceLogs> services = new HashMap<>();
  private long latestMinute = Long.MIN_VALUE;
  private long lastSweepMinute = Long.MIN_VALUE;
  private long overflowRecords;
  private long lateRecords;

  public LogTemplates(Config config) {
    this.config = config;
  }

  public static LogTemplates standard() {
    return new LogTemplates(Config.standard());
  }

  public void addAll(List<LogRecord> logs) {
    for (int i = 0, n = logs.size(); i < n; i++) {
      add(logs.get(i));
    }
  }

  /** Counts and mines one log at its event time; not thread-safe, like every method here. */
  public void add(LogRecord log) {
    long millis = Math.floorDiv(log.timeNanos(), 1_000_000L);
    long minute = Math.floorDiv(millis, MINUTE);
    latestMinute = Math.max(latestMinute, minute);
    ServiceLogs service = service(log.resource().service(), minute);
    if (service == null) {
      overflowRecords++;
    } else if (!service.add(millis, log.body(), LogErrors.isError(log))) {
      lateRecords++;
    }
  }

  /**
   * The service's templates that are new or spiking in {@code [onset, until)} compared with
   * {@code [baselineFrom, onset)}, most surprising first. Both ranges are taken in whole minutes,
   * the onset's minute counting as observed, and limited to the minutes remembered.
   */
  public List<TemplateChange> changes(String service, long baselineFromMillis, long onsetMillis, long untilMillis) {
    ServiceLogs logs = services.get(service);
    return logs == null ? List.of()
        : TemplateChanges.of(service, logs, config, latestMinute, baselineFromMillis, onsetMillis, untilMillis);
  }

  /** Error logs per minute of the service in {@code [from, until)}, over the minutes remembered; 0 if none. */
  public double errorLogRate(String service, long fromMillis, long untilMillis) {
    ServiceLogs logs = services.get(service);
    if (logs == null) {
      return 0;
    }
    long from = Math.max(Math.floorDiv(fromMillis, MINUTE), logs.oldestMinute());
    long to = Math.min(Math.floorDiv(untilMillis - 1, MINUTE), latestMinute);
    return to < from ? 0 : (double) logs.counts.sum(from, to).errors() / (to - from + 1);
  }

  /** The templates the service's miner holds now, by id. */
  public List<Template> templates(String service) {
    ServiceLogs logs = services.get(service);
    return logs == null ? List.of() : logs.drain.templates();
  }

  /** Logs dropped because {@link Config#maxServices()} services were already tracked. */
  public long overflowRecords() {
    return overflowRecords;
  }

  /** Logs dropped because their minute had already left their service's ring. */
  public long lateRecords() {
    return lateRecords;
  }

  /** Logs counted under {@link Template#OVERFLOW} because their service's miner was full (services tracked now). */
  public long overflowTemplateRecords() {
    return services.values().stream().mapToLong(s -> s.drain.overflowed()).sum();
  }

  private ServiceLogs service(String name, long minute) {
    ServiceLogs logs = services.get(name);
    if (logs != null) {
      return logs;
    }
    if (services.size() >= config.maxServices() && minute != lastSweepMinute) {
      lastSweepMinute = minute;
      services.values().removeIf(s -> s.latestMinute() <= latestMinute - config.minutes());
    }
    if (services.size() >= config.maxServices()) {
      return null;
    }
    logs = new ServiceLogs(config.drain(), config.minutes(), config.maxExampleChars());
    services.put(name, logs);
    return logs;
  }
}
