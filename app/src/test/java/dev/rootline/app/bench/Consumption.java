package dev.rootline.app.bench;

/**
 * Measures how fast a consumer works through a pre-filled topic by polling its own span counter:
 * from the first poll that sees a span counted to the first that sees them all, so start-up time and
 * the idle end are excluded. Also samples the process's CPU time, peak RSS and heap in use. The
 * second half of the spans is also measured alone: by then the JIT has compiled the hot paths, which
 * in the first seconds takes a large share of the CPU (both peers alike), so it is the rate a
 * consumer keeps up once running.
 */
final class Consumption {
  private static final long POLL_MILLIS = 100;

  private Consumption() {}

  /** The outcome; {@code complete} is false when the counter stopped short of the target. */
  record Result(long spans, long counted, double seconds, double spansPerSecond, double cpuSeconds, long peakRssBytes,
      long peakHeapBytes, boolean complete, Half secondHalf) {

    /** Spans per second of the process's own CPU time. */
    double spansPerCpuSecond() {
      return cpuSeconds > 0 ? counted / cpuSeconds : 0;
    }
  }

  /** The figures of the second half of the spans counted. */
  record Half(long counted, double seconds, double cpuSeconds) {
    double spansPerSecond() {
      return seconds > 0 ? counted / seconds : 0;
    }

    double spansPerCpuSecond() {
      return cpuSeconds > 0 ? counted / cpuSeconds : 0;
    }
  }

  /**
   * Polls {@code metrics} until the counter {@code name} (samples whose labels contain {@code labels})
   * reaches {@code target}, or stops growing for {@code stallSeconds}, or the process ends.
   */
  static Result measure(ChildJvm process, Prometheus metrics, String name, String labels, long target,
      int stallSeconds, String heapMetric) throws InterruptedException {
    long firstAt = 0;
    double firstCount = 0;
    long firstCpu = 0;
    long lastAt = 0;
    double last = 0;
    long lastCpu = 0;
    long halfAt = 0;
    double halfCount = 0;
    long halfCpu = 0;
    long peakHeap = 0;
    long lastGrowth = System.currentTimeMillis();
    long startupDeadline = lastGrowth + 180_000;
    while (process.alive()) {
      String text = metrics.scrape();
      long now = System.currentTimeMillis();
      if (text != null) {
        double count = Prometheus.sum(text, name, labels);
        peakHeap = Math.max(peakHeap, (long) Prometheus.sum(text, heapMetric, "area=\"heap\""));
        long cpu = process.cpuMillis();
        if (count > 0 && firstAt == 0) {
          firstAt = now;
          firstCount = count;
          firstCpu = cpu;
        }
        if (firstAt != 0 && halfAt == 0 && count - firstCount >= (target - firstCount) / 2) {
          halfAt = now;
          halfCount = count;
          halfCpu = cpu;
        }
        if (count > last) {
          lastGrowth = now;
          last = count;
          lastAt = now;
          lastCpu = cpu;
        }
        if (count >= target) {
          break;
        }
      }
      boolean stalled = firstAt != 0 && now - lastGrowth > stallSeconds * 1000L;
      if (stalled || (firstAt == 0 && now > startupDeadline)) {
        break;
      }
      Thread.sleep(POLL_MILLIS); // the polling interval, not a wait for a result
    }
    double seconds = (lastAt - firstAt) / 1000.0;
    long counted = (long) (last - firstCount);
    Half secondHalf = halfAt == 0 ? new Half(0, 0, 0)
        : new Half((long) (last - halfCount), (lastAt - halfAt) / 1000.0, (lastCpu - halfCpu) / 1000.0);
    return new Result((long) last, counted, seconds, seconds > 0 ? counted / seconds : 0, (lastCpu - firstCpu) / 1000.0,
        process.peakRssBytes(), peakHeap, last >= target, secondHalf);
  }
}
