package dev.rootline.rca;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import dev.rootline.core.telemetry.SpanAttributes;
import dev.rootline.core.telemetry.SpanKind;
import dev.rootline.core.telemetry.SpanStatus;
import dev.rootline.core.window.SeriesKey;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.rca.evidence.EvidenceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A five-service shop for ranking tests, two requests a second: frontend calls cart (which reads
 * redis) and checkout; checkout calls productcatalog and payment; payment and checkout query
 * postgresql. Thirty normal minutes from {@link #T0}, then the faults set on the shop from
 * {@link #ONSET}. Deterministic.
 */
public final class MiniShop {
  public static final long T0 = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
  public static final long ONSET = T0 + 30 * 60_000L;
  private static final long STEP_MILLIS = 500;

  /** Added self time per service after onset, ms. */
  public final Map<String, Double> slower = new HashMap<>();
  /** Share of requests that fail in the service itself after onset. */
  public final Map<String, Double> failing = new HashMap<>();
  /** The version each service runs after onset (before: 1.0). */
  public final Map<String, String> version = new HashMap<>();
  /** Calls from checkout to productcatalog per request after onset (before: 1). */
  public int catalogCalls = 1;
  /** Extra network time on calls into a service after onset, ms. */
  public final Map<String, Double> network = new HashMap<>();
  /** Share of queries to postgresql that fail after onset. */
  public double databaseFailing;
  /** Payment's pending connection requests after onset (before: about 0.5). */
  public double paymentPending = Double.NaN;

  private final Random random = new Random(11);
  private long nextId = 1;

  /** Feeds the store from {@link #T0} until {@code until}; returns the changes made at onset. */
  public List<DeployEvent> run(EvidenceStore store, long until) {
    List<DeployEvent> changes = new ArrayList<>();
    version.forEach((service, v) -> changes.add(new DeployEvent(service, v, "1.0", null, ChangeKind.DEPLOY,
        Instant.ofEpochMilli(ONSET - 20_000), null, "dev@example.com", null, DeployEvent.Source.REPORTED)));
    changes.forEach(store::change);
    for (long t = T0; t < until; t += STEP_MILLIS) {
      boolean after = t >= ONSET;
      List<Span> trace = new ArrayList<>();
      long traceId = nextId++;
      Node frontend = node("frontend", after, 4);
      Node cart = frontend.add(node("cart", after, 2));
      cart.dependency("redis", 1, false);
      Node checkout = frontend.add(node("checkout", after, 6));
      for (int i = 0; i < (after ? catalogCalls : 1); i++) {
        checkout.add(node("productcatalog", after, 3));
      }
      Node payment = checkout.add(node("payment", after, 8));
      payment.dependency("postgresql", 2, after && random.nextDouble() < databaseFailing);
      checkout.dependency("postgresql", 2, after && random.nextDouble() < databaseFailing);
      frontend.emit(trace, traceId, 0, t * 1_000_000);
      store.trace(trace);
      if (t % 10_000 == 0) {
        metrics(store, t, after);
      }
    }
    return changes;
  }

  private void metrics(EvidenceStore store, long t, boolean after) {
    double pending = after && !Double.isNaN(paymentPending) ? paymentPending : 0.5 + random.nextGaussian() * 0.1;
    store.observation(new Observation(new SeriesKey.Metric("payment", "db.client.connection.pending_requests"), "value",
        t, 10_000, pending, 1));
    for (String service : List.of("frontend", "cart", "checkout", "productcatalog", "payment")) {
      store.observation(new Observation(new SeriesKey.Metric(service, "process.cpu.utilization"), "value", t, 10_000,
          0.3 + random.nextGaussian() * 0.02, 1));
    }
  }

  private Node node(String service, boolean after, double selfMs) {
    double self = selfMs * (0.8 + 0.4 * random.nextDouble()) + (after ? slower.getOrDefault(service, 0.0) : 0);
    boolean fails = after && random.nextDouble() < failing.getOrDefault(service, 0.0);
    String v = after ? version.getOrDefault(service, "1.0") : "1.0";
    return new Node(service, v, self, fails, after ? network.getOrDefault(service, 0.0) : 0);
  }

  /** One span of the trace to be, with its children in call order. */
  private final class Node {
    final String service;
    final String version;
    final double selfMs;
    final double networkMs;
    boolean fails;
    final List<Node> children = new ArrayList<>();
    final List<Object[]> dependencies = new ArrayList<>();

    Node(String service, String version, double selfMs, boolean fails, double networkMs) {
      this.service = service;
      this.version = version;
      this.selfMs = selfMs;
      this.fails = fails;
      this.networkMs = networkMs;
    }

    Node add(Node child) {
      children.add(child);
      return child;
    }

    void dependency(String system, double ms, boolean fails) {
      dependencies.add(new Object[] {system, ms * (0.8 + 0.4 * random.nextDouble()), fails});
    }

    /** Server span length: own time, then each call in turn (1 ms of network each way). */
    double millis() {
      double total = selfMs;
      for (Node child : children) {
        total += child.millis() + 1 + child.networkMs;
      }
      for (Object[] d : dependencies) {
        total += (double) d[1];
      }
      return total;
    }

    boolean failed() {
      return fails || children.stream().anyMatch(Node::failed)
          || dependencies.stream().anyMatch(d -> (boolean) d[2]);
    }

    /** Emits this server span and everything under it; returns nothing. */
    void emit(List<Span> out, long traceId, long parent, long startNanos) {
      long id = nextId++;
      long end = startNanos + nanos(millis());
      out.add(span(service, version, traceId, id, parent, "handle", SpanKind.SERVER, startNanos, end, failed(), null));
      long at = startNanos + nanos(selfMs / 2);
      for (Node child : children) {
        long clientId = nextId++;
        long callEnd = at + nanos(child.millis() + 1 + child.networkMs);
        out.add(span(service, version, traceId, clientId, id, "call " + child.service, SpanKind.CLIENT, at, callEnd,
            child.failed(), child.service));
        child.emit(out, traceId, clientId, at + nanos((1 + child.networkMs) / 2));
        at = callEnd;
      }
      for (Object[] d : dependencies) {
        long callEnd = at + nanos((double) d[1]);
        out.add(new Span(Resource.of(service, version), 0, traceId, nextId++, id, "query", SpanKind.CLIENT, at, callEnd,
            (boolean) d[2] ? SpanStatus.ERROR : SpanStatus.UNSET, null,
            new SpanAttributes(null, null, 0, null, (String) d[0], null, null, null, null), List.of()));
        at = callEnd;
      }
    }
  }

  private static Span span(String service, String version, long traceId, long id, long parent, String name,
      SpanKind kind, long start, long end, boolean error, String peer) {
    return new Span(Resource.of(service, version), 0, traceId, id, parent, name, kind, start, end,
        error ? SpanStatus.ERROR : SpanStatus.UNSET, null,
        new SpanAttributes(null, null, 0, peer, null, null, null, null, null), List.of());
  }

  private static long nanos(double millis) {
    return (long) (millis * 1_000_000);
  }
}
