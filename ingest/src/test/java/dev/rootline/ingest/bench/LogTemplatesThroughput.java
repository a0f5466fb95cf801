package dev.rootline.ingest.bench;

import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.ingest.logs.LogTemplates;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A quick throughput check of {@link LogTemplates#add} (masking, mining and counting), not a JMH
 * benchmark: messages per second (wall and CPU time, since the build machine is shared) on one
 * thread over realistic lines of 20 services. Run with
 * {@code java -cp <test classpath> dev.rootline.ingest.bench.LogTemplatesThroughput}.
 */
public final class LogTemplatesThroughput {
  private static final String[] FORMATS = {
      "Connection to db-%d timed out after %d ms",
      "user %d checkout failed: card declined",
      "GET /api/orders/%d/items took %dms status=200",
      "request 3f2a9c1e-7b4d-4e8a-9c2f-%012d from 10.0.%d.17:51234 accepted",
      "java.lang.IllegalStateException: Connection pool exhausted (active=%d, idle=%d)",
      "level=info ts=2026-03-02T10:15:00Z msg=\"cache refreshed\" entries=%d took=%dms",
      "{\"level\":\"info\",\"msg\":\"order placed\",\"order\":\"ord-%d\",\"items\":%d}",
      "payment for customer %d authorised in %d ms by gateway stripe",
  };

  private LogTemplatesThroughput() {}

  public static void main(String[] args) {
    List<LogRecord> logs = logs(200_000, new Random(3));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 8; round++) {
      LogTemplates templates = LogTemplates.standard();
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      templates.addAll(logs);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf(Locale.ROOT, "round %d: %.0f messages/s, %.0f per CPU second, %d templates in svc-0%n",
          round, logs.size() / seconds, logs.size() / cpuSeconds, templates.templates("svc-0").size());
    }
  }

  private static List<LogRecord> logs(int n, Random random) {
    List<LogRecord> out = new ArrayList<>(n);
    long startNanos = 1_772_000_000_000_000_000L;
    for (int i = 0; i < n; i++) {
      String body = String.format(Locale.ROOT, FORMATS[random.nextInt(FORMATS.length)],
          random.nextInt(100_000), random.nextInt(5_000));
      Resource resource = Resource.of("svc-" + random.nextInt(20), "1.0");
      out.add(new LogRecord(resource, startNanos + i * 1_000_000L, 9, null, body, 0, 0, 0, Map.of()));
    }
    return out;
  }
}
