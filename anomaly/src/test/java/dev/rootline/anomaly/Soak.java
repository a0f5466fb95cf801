package dev.rootline.anomaly;

import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.window.WindowSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A soak, not a unit test: false alarms over days of fault-free traffic of many differently shaped
 * series, and detection and time to detect of injected faults after 30 minutes of history.
 * Run: {@code java -cp ... dev.rootline.anomaly.Soak [days] [services]}; 0 days skips the false alarms.
 */
final class Soak {
  static final long W = 10_000;

  public static void main(String[] args) {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    if (days > 0) {
      falseAlarms(days, n);
    }
    detection(n);
  }

  static void falseAlarms(int days, int n) {
    AnomalyEngine engine = new AnomalyEngine(DetectorCatalog.standard(), SeriesStateStore.inMemory());
    List<Source> sources = sources(n, 1);
    Map<String, Integer> opens = new TreeMap<>();
    long windows = days * 8640L;
    for (long i = 0; i < windows; i++) {
      long start = Replay.T0 + i * W;
      for (Source s : sources) {
        for (Anomaly a : s.emit(engine, start, Fault.NONE)) {
          if (a.state() == Anomaly.State.OPEN) {
            opens.merge(a.detector(), 1, Integer::sum);
            if (opens.values().stream().mapToInt(Integer::intValue).sum() <= 30) {
              System.out.printf("FA day %.2f %s %s obs=%.4g exp=%.4g score=%.3g%n",
                  (double) i / 8640, a.series().id(), a.detector(), a.observed(), a.expected(), a.score());
            }
          }
        }
      }
      for (Anomaly a : engine.advanceTo(start + W)) {
        if (a.state() == Anomaly.State.OPEN) {
          opens.merge(a.detector(), 1, Integer::sum);
          System.out.printf("FA day %.2f %s %s (silence)%n", (double) i / 8640, a.series().id(), a.detector());
        }
      }
    }
    int total = opens.values().stream().mapToInt(Integer::intValue).sum();
    double seriesHours = sources.size() * days * 24.0;
    System.out.printf("false alarms: %d over %.0f series-hours = %.2f per 1000 series-hours %s%n",
        total, seriesHours, total * 1000 / seriesHours, opens);
  }

  static void detection(int n) {
    Map<String, int[]> byFault = new TreeMap<>();
    Map<String, List<Long>> ttds = new TreeMap<>();
    Random random = new Random(3);
    for (Fault fault : Fault.ALL) {
      for (int k = 0; k < n; k++) {
        AnomalyEngine engine = new AnomalyEngine(DetectorCatalog.standard(), SeriesStateStore.inMemory());
        List<Source> sources = sources(5, 100 + k);
        long base = Replay.T0 + random.nextInt(8640) * W;
        long faultAt = base + 180 * W + random.nextInt((int) W); // 30 min of history, mid-window
        Source target = sources.get(k % sources.size());
        Long detected = null;
        for (long t = base; t < faultAt + 300_000 && detected == null; t += W) {
          List<Anomaly> seen = new ArrayList<>();
          for (Source s : sources) {
            Fault f = s == target && t + W > faultAt ? fault.partial(t, faultAt) : Fault.NONE;
            seen.addAll(s.emit(engine, t, f));
          }
          seen.addAll(engine.advanceTo(t + W));
          for (Anomaly a : seen) {
            if (a.state() == Anomaly.State.OPEN && t >= faultAt - W && a.series().service().equals(target.service)) {
              // detected when reported: the end of the window that confirmed it, plus the close delay
              detected = detected == null ? t + W - faultAt : detected;
            }
          }
        }
        List<String> names = new ArrayList<>(List.of(fault.name + " @" + target.traffic.peakRate() + "/s"));
        if (target.traffic.peakRate() >= 5) {
          names.add(fault.name + " (all >= 5/s)");
        }
        for (String name : names) {
          int[] c = byFault.computeIfAbsent(name, x -> new int[2]);
          c[1]++;
          if (detected != null) {
            c[0]++;
            ttds.computeIfAbsent(name, x -> new ArrayList<>()).add(detected / 1000);
          }
        }
      }
    }
    byFault.forEach((name, c) -> {
      List<Long> t = ttds.getOrDefault(name, List.of()).stream().sorted().toList();
      System.out.printf("%-22s recall %d/%d  ttd p50 %s s  p95 %s s%n", name, c[0], c[1],
          t.isEmpty() ? "-" : t.get(t.size() / 2), t.isEmpty() ? "-" : t.get((int) (t.size() * 0.95)));
    });
  }

  /** A fault on a source: multiplies latency and traffic, adds errors and resource use. */
  record Fault(String name, double latency, double errors, double rate, double resource, double logErrors) {
    Fault(String name, double latency, double errors, double rate, double resource) {
      this(name, latency, errors, rate, resource, 0);
    }

    static final Fault NONE = new Fault("none", 1, 0, 1, 0);
    static final List<Fault> ALL = List.of(
        new Fault("latency x1.5", 1.5, 0, 1, 0), new Fault("latency x2", 2, 0, 1, 0),
        new Fault("latency x5", 5, 0, 1, 0), new Fault("errors +3%", 1, 0.03, 1, 0),
        new Fault("errors +10%", 1, 0.10, 1, 0), new Fault("errors +50%", 1, 0.5, 1, 0),
        new Fault("rate x0.3", 1, 0, 0.3, 0), new Fault("rate x0", 1, 0, 0, 0),
        new Fault("cpu +0.4", 1, 0, 1, 0.4), new Fault("log errors +1/s only", 1, 0, 1, 0, 1));

    /** The fault as it shows in the window starting at {@code t} when it began at {@code at}. */
    Fault partial(long t, long at) {
      double share = Math.min(1, (t + W - at) / (double) W);
      return new Fault(name, 1 + (latency - 1) * share, errors * share, 1 + (rate - 1) * share, resource * share,
          logErrors * share);
    }
  }

  /** One service: an operation with its request windows, and a CPU metric. */
  static final class Source {
    final String service;
    final Traffic traffic;
    final SeriesKey cpu;
    final SeriesKey logErrors;
    final SeriesKey heap;
    final Random random;
    final double cpuBase;
    double heapBytes = 2e8;

    Source(String service, Traffic traffic, double cpuBase, long seed) {
      this.service = service;
      this.traffic = traffic;
      this.cpu = new SeriesKey.Metric(service, "process.cpu.utilization");
      this.logErrors = new SeriesKey.Metric(service, "log.errors");
      this.heap = new SeriesKey.Metric(service, "jvm.memory.used");
      this.cpuBase = cpuBase;
      this.random = new Random(seed);
    }

    List<Anomaly> emit(AnomalyEngine engine, long start, Fault f) {
      List<Anomaly> out = new ArrayList<>();
      WindowSummary w = traffic.window(start, W, f.latency(), f.errors(), f.rate());
      if (w != null) {
        Observations.of(w).forEach(o -> out.addAll(engine.accept(o)));
      }
      double load = Traffic.shape(start);
      double cpuValue = Math.min(1, cpuBase * (0.3 + load) * (1 + 0.1 * random.nextGaussian()) + f.resource());
      out.addAll(engine.accept(new Observation(cpu, "value", start, W, Math.max(0, cpuValue), 1)));
      // error logs: a trickle that follows load, now and then a burst of a stack trace or two
      double logs = poisson(0.05 * load * W / 1000.0) + (random.nextDouble() < 0.003 ? 5 + random.nextInt(20) : 0)
          + poisson(f.logErrors() * W / 1000.0);
      out.addAll(engine.accept(new Observation(logErrors, "rate", start, W, logs * 1000.0 / W, 10)));
      // heap: a sawtooth, allocation with load, a collection when it reaches the limit
      heapBytes += 4e6 * (0.2 + load) * (1 + 0.2 * random.nextGaussian());
      if (heapBytes > 8e8) {
        heapBytes = 2e8 + 5e7 * random.nextDouble();
      }
      out.addAll(engine.accept(new Observation(heap, "value", start, W, heapBytes, 10)));
      return out;
    }

    private long poisson(double lambda) {
      double limit = Math.exp(-lambda);
      double product = random.nextDouble();
      long k = 0;
      while (product > limit) {
        product *= random.nextDouble();
        k++;
      }
      return k;
    }
  }

  static List<Source> sources(int n, long seed) {
    Random r = new Random(seed);
    double[] rates = {1, 5, 20, 60, 300, 0.3};
    double[] errors = {0, 0.001, 0.01, 0.05};
    double[] medians = {5, 40, 200};
    double[] sigmas = {0.3, 0.6, 1.0};
    List<Source> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String service = "svc" + i;
      SeriesKey op = new SeriesKey.Operation(service, "GET /x" + i, "1");
      Traffic t = new Traffic(op, rates[i % rates.length], errors[r.nextInt(errors.length)],
          medians[r.nextInt(medians.length)], sigmas[r.nextInt(sigmas.length)], seed * 1000 + i);
      out.add(new Source(service, t, 0.05 + 0.4 * r.nextDouble(), seed * 7 + i));
    }
    return out;
  }
}
