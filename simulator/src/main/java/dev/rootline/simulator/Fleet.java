package dev.rootline.simulator;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.simulator.model.ServiceSpec;
import dev.rootline.simulator.model.ShopModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The pods currently running each service. A rollout replaces a service's pods with new ones, as a
 * Kubernetes rolling update does: new names, new instance ids, fresh cumulative metrics.
 */
final class Fleet {
  /** Kubernetes' alphabet for generated name suffixes: no vowels, no look-alike digits. */
  private static final String POD_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  private final ShopModel model;
  private final SplittableRandom naming;
  private final List<String> nodes = new ArrayList<>();
  private final Map<String, List<Pod>> pods = new LinkedHashMap<>();

  Fleet(ShopModel model, long startNanos) {
    this.model = model;
    this.naming = new SplittableRandom(model.seed());
    for (int i = 0; i < 3; i++) {
      nodes.add("node-" + model.namespace() + "-" + suffix(5));
    }
    model.services().forEach(spec -> pods.put(spec.name(), start(spec, spec.version(), startNanos)));
  }

  /** A pod of the service, chosen as a round-robin-ish load balancer would: at random. */
  Pod pick(String service, RandomGenerator random) {
    List<Pod> candidates = pods.get(service);
    return candidates.size() == 1 ? candidates.get(0) : candidates.get(random.nextInt(candidates.size()));
  }

  /** The service's running pods. */
  List<Pod> pods(String service) {
    return pods.get(service);
  }

  /** Every running pod, in model order. */
  List<Pod> pods() {
    List<Pod> all = new ArrayList<>();
    pods.values().forEach(all::addAll);
    return all;
  }

  String version(String service) {
    return pods.get(service).get(0).identity().version();
  }

  /** One reported deploy per service for the version it runs, as CI/CD would have sent earlier. */
  List<DeployEvent> currentDeploys(Instant at) {
    List<DeployEvent> events = new ArrayList<>();
    pods.keySet().forEach(service -> events.add(event(service, version(service), null, at,
        "version " + version(service) + " running in production")));
    return events;
  }

  /** Replaces the service's pods with pods running {@code version}, and reports the deploy. */
  DeployEvent rollout(String service, String version, long atNanos) {
    String previous = version(service);
    pods.put(service, start(model.service(service), version, atNanos));
    return event(service, version, previous, Instant.ofEpochSecond(0, atNanos),
        "rolling update of " + service + " from " + previous + " to " + version);
  }

  /** Makes a planned change at {@code atNanos}; returns what CI/CD reports of it, if anything. */
  Optional<DeployEvent> apply(PlannedChange change, long atNanos) {
    String service = change.service();
    String previous = version(service);
    if (change.replacesPods()) {
      pods.put(service, start(model.service(service), change.version() != null ? change.version() : previous,
          atNanos));
    }
    if (change.kind() == null) {
      return Optional.empty();
    }
    Instant at = Instant.ofEpochSecond(0, atNanos);
    return Optional.of(switch (change.kind()) {
      case DEPLOY -> event(service, change.version(), previous, at, change.description() != null
          ? change.description() : "rolling update of " + service + " from " + previous + " to " + change.version());
      case ROLLBACK -> new DeployEvent(service, change.version(), previous, Pod.ENVIRONMENT, ChangeKind.ROLLBACK, at,
          null, "argocd", change.description() != null ? change.description()
              : "rollback of " + service + " from " + previous + " to " + change.version(),
          DeployEvent.Source.REPORTED);
      default -> new DeployEvent(service, null, null, Pod.ENVIRONMENT, change.kind(), at, null,
          change.kind() == ChangeKind.FEATURE_FLAG ? "unleash" : "argocd", change.description(),
          DeployEvent.Source.REPORTED);
    });
  }

  private List<Pod> start(ServiceSpec spec, String version, long startNanos) {
    String replicaSet = spec.name() + "-" + suffix(10);
    List<Pod> started = new ArrayList<>();
    for (int i = 0; i < spec.instances(); i++) {
      ServiceInstance identity = new ServiceInstance(spec.name(), version,
          new UUID(naming.nextLong(), naming.nextLong()).toString(), replicaSet + "-" + suffix(5),
          nodes.get(naming.nextInt(nodes.size())));
      long baseMemory = (220L + naming.nextInt(80)) << 20;
      started.add(new Pod(spec, identity, model.namespace(), startNanos, baseMemory));
    }
    return started;
  }

  private DeployEvent event(String service, String version, String previous, Instant at, String description) {
    byte[] commit = new byte[20];
    naming.nextBytes(commit);
    return new DeployEvent(service, version, previous, Pod.ENVIRONMENT, ChangeKind.DEPLOY, at,
        HexFormat.of().formatHex(commit), "argocd", description, DeployEvent.Source.REPORTED);
  }

  private String suffix(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(POD_ALPHABET.charAt(naming.nextInt(POD_ALPHABET.length())));
    }
    return out.toString();
  }
}
