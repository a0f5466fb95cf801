package dev.rootline.ingest.signal;

import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.window.SeriesKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts log records per service over fixed event-time windows and gives, as signal {@value #RATE},
 * error logs per second ({@value #ERRORS}) and all logs per second ({@value #RECORDS}); samples is
 * the window's log count. Errors that show nowhere else (no span status, no error metric) become
 * visible here. A service that logged within the last five minutes gets zero windows while it is
 * quiet, so a sudden burst has a baseline to stand out from. Windows close as the span windows do.
 * Bounded in services and open windows. Not thread-safe.
 */
public final class LogWindows {
  public static final String ERRORS = "log.errors";
  public static final String RECORDS = "log.records";
  public static final String RATE = "rate";
  private static final long ACTIVE_MILLIS = Duration.ofMinutes(5).toMillis();
  private static final Comparator<Observation> ORDER = Comparator.comparingLong(Observation::windowStartMillis)
      .thenComparing(o -> o.series().id());

  private static final class Counts {
    long records;
    long errors;
  }

  private record Seen(long firstMillis, long lastMillis) {}

  private final EventTimeWindows<String, Counts> windows;
  private final Map<String, Seen> services = new LinkedHashMap<>();
  private final int maxServices;
  private long maxEventMillis = Long.MIN_VALUE;
  private long overflowRecords;

  public LogWindows(Duration window, Duration grace, int maxServices) {
    this.windows = new EventTimeWindows<>(window.toMillis(), grace.toMillis(), maxServices * 4, Counts::new);
    this.maxServices = maxServices;
  }

  /** 10 s windows, 5 s grace, 5,000 services. */
  public static LogWindows standard() {
    return new LogWindows(Duration.ofSeconds(10), Duration.ofSeconds(5), 5_000);
  }

  public void addAll(List<LogRecord> logs) {
    for (int i = 0, n = logs.size(); i < n; i++) {
      add(logs.get(i));
    }
  }

  public void add(LogRecord log) {
    long millis = Math.floorDiv(log.timeNanos(), 1_000_000L);
    maxEventMillis = Math.max(maxEventMillis, millis);
    String service = log.resource().service();
    if (!see(service, millis)) {
      overflowRecords++;
      return;
    }
    Counts counts = windows.at(service, millis);
    if (counts != null) {
      counts.records++;
      counts.errors += LogSeverity.isError(log) ? 1 : 0;
    }
  }

  /** Moves the watermark; the observations of the windows it closes, by window start and series. */
  public List<Observation> advanceTo(long watermarkMillis) {
    long closedBefore = windows.closedBeforeMillis();
    List<EventTimeWindows.Closed<String, Counts>> closed = windows.advanceTo(watermarkMillis);
    if (windows.closedBeforeMillis() == closedBefore) {
      return List.of();
    }
    List<Observation> out = new ArrayList<>();
    Set<String> filled = new HashSet<>();
    for (var window : closed) {
      out.addAll(observations(window.key(), window.startMillis(), window.value()));
      filled.add(window.key() + "@" + window.startMillis());
    }
    zeroFill(closed.isEmpty() ? closedBefore : Math.min(closedBefore, closed.get(0).startMillis()), filled, out);
    out.sort(ORDER);
    services.values().removeIf(seen -> seen.lastMillis() < watermarkMillis - ACTIVE_MILLIS);
    return out;
  }

  /** Every window ending at or before this is closed; {@code Long.MIN_VALUE} before the first close. */
  public long closedThroughMillis() {
    return windows.closedBeforeMillis();
  }

  public long maxEventMillis() {
    return maxEventMillis;
  }

  /** Records whose window had already closed. */
  public long lateRecords() {
    return windows.late();
  }

  /** Records dropped because the service or open-window bound was reached. */
  public long overflowRecords() {
    return overflowRecords + windows.overflow();
  }

  private boolean see(String service, long millis) {
    Seen seen = services.get(service);
    if (seen == null && services.size() >= maxServices) {
      return false;
    }
    services.put(service, seen == null ? new Seen(millis, millis)
        : new Seen(Math.min(seen.firstMillis(), millis), Math.max(seen.lastMillis(), millis)));
    return true;
  }

  /** Zero windows for active services without logs in the windows closed from {@code fromStart} on. */
  private void zeroFill(long fromStart, Set<String> filled, List<Observation> out) {
    long w = windows.windowMillis();
    long closeBefore = windows.closedBeforeMillis();
    long first = Math.max(fromStart == Long.MIN_VALUE ? closeBefore - w : fromStart, closeBefore - ACTIVE_MILLIS);
    for (long start = first; start < closeBefore; start += w) {
      for (Map.Entry<String, Seen> service : services.entrySet()) {
        Seen seen = service.getValue();
        boolean active = seen.firstMillis() < start && seen.lastMillis() >= start - ACTIVE_MILLIS;
        if (active && !filled.contains(service.getKey() + "@" + start)) {
          out.addAll(observations(service.getKey(), start, new Counts()));
        }
      }
    }
  }

  private List<Observation> observations(String service, long start, Counts counts) {
    long w = windows.windowMillis();
    double perSecond = 1000.0 / w;
    return List.of(
        new Observation(new SeriesKey.Metric(service, ERRORS), RATE, start, w, counts.errors * perSecond, counts.records),
        new Observation(new SeriesKey.Metric(service, RECORDS), RATE, start, w, counts.records * perSecond, counts.records));
  }
}
