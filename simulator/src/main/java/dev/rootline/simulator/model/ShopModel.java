package dev.rootline.simulator.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The simulated system: its services and their call graph, its datastores and topics, where user
 * traffic enters, and a seed that names its pods. Construction checks that every call reaches something.
 */
public final class ShopModel {
  private final String namespace;
  private final long seed;
  private final Map<String, ServiceSpec> services = new LinkedHashMap<>();
  private final Map<String, Datastore> datastores = new LinkedHashMap<>();
  private final Map<String, Topic> topics = new LinkedHashMap<>();
  private final List<EntryPoint> entryPoints;
  private final TrafficCycle cycle;
  private final boolean reportsChanges;

  /**
   * @param namespace   {@code k8s.namespace.name} of every pod
   * @param seed        seeds pod names and instance ids, so that a model is the same shop every run
   * @throws IllegalArgumentException when a call or entry point names an unknown service,
   *     endpoint or datastore, or a name is used twice
   */
  public ShopModel(
      String namespace, long seed, List<ServiceSpec> services, List<Datastore> datastores,
      List<EntryPoint> entryPoints) {
    this(namespace, seed, services, datastores, List.of(), entryPoints);
  }

  /**
   * A model with Kafka topics, which services publish to and consume.
   *
   * @throws IllegalArgumentException as the other constructor, and when a publication or consumer
   *     names an unknown topic
   */
  public ShopModel(
      String namespace, long seed, List<ServiceSpec> services, List<Datastore> datastores, List<Topic> topics,
      List<EntryPoint> entryPoints) {
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.seed = seed;
    services.forEach(s -> putUnique(this.services, s.name(), s));
    datastores.forEach(d -> putUnique(this.datastores, d.name(), d));
    topics.forEach(t -> putUnique(this.topics, t.name(), t));
    if (this.services.keySet().stream().anyMatch(this.datastores::containsKey)) {
      throw new IllegalArgumentException("a service and a datastore share a name");
    }
    this.entryPoints = List.copyOf(entryPoints);
    if (this.entryPoints.isEmpty()) {
      throw new IllegalArgumentException("the model needs at least one entry point");
    }
    this.entryPoints.forEach(e -> service(e.service()).endpoint(e.endpoint()));
    services.forEach(s -> s.endpoints().forEach(e -> e.calls().forEach(this::check)));
    services.forEach(s -> s.endpoints().stream().filter(e -> e.protocol() == Protocol.MESSAGING)
        .forEach(e -> topic(e.route())));
    services.forEach(s -> s.endpoints().forEach(e -> checkAcyclic(e, new ArrayDeque<>())));
    this.cycle = TrafficCycle.SHOP;
    this.reportsChanges = true;
  }

  private ShopModel(ShopModel model, TrafficCycle cycle, boolean reportsChanges) {
    this.namespace = model.namespace;
    this.seed = model.seed;
    this.services.putAll(model.services);
    this.datastores.putAll(model.datastores);
    this.topics.putAll(model.topics);
    this.entryPoints = model.entryPoints;
    this.cycle = Objects.requireNonNull(cycle, "cycle");
    this.reportsChanges = reportsChanges;
  }

  /** The standard online shop: twelve services, PostgreSQL, Redis, two external APIs and a topic. */
  public static ShopModel standard(long seed) {
    return StandardShop.create(seed);
  }

  /**
   * A ride-hailing backend unlike the shop: an API gateway before nine services with call chains five
   * hops deep, MySQL, MongoDB, memcached, a maps API and a Kafka topic; some services never mark
   * errors in their spans, metrics come every 30 s or 60 s, and no change is reported.
   */
  public static ShopModel ride(long seed) {
    return RideHailing.create(seed);
  }

  /** This model with users who come and go on {@code newCycle}. */
  public ShopModel withTrafficCycle(TrafficCycle newCycle) {
    return new ShopModel(this, newCycle, reportsChanges);
  }

  /**
   * This model without a CI/CD integration: no deploy, rollback, config or flag change is reported,
   * and a rollout shows only as new pods with a new {@code service.version}.
   */
  public ShopModel withoutChangeReports() {
    return new ShopModel(this, cycle, false);
  }

  /** The share of peak user traffic by time of day; the shop's unless set. */
  public TrafficCycle trafficCycle() {
    return cycle;
  }

  /** Whether changes to the system are reported as deploy events; true unless turned off. */
  public boolean reportsChanges() {
    return reportsChanges;
  }

  public String namespace() {
    return namespace;
  }

  public long seed() {
    return seed;
  }

  /** The services in declaration order. */
  public List<ServiceSpec> services() {
    return List.copyOf(services.values());
  }

  public List<Datastore> datastores() {
    return List.copyOf(datastores.values());
  }

  public List<Topic> topics() {
    return List.copyOf(topics.values());
  }

  public List<EntryPoint> entryPoints() {
    return entryPoints;
  }

  /** @throws IllegalArgumentException when there is no such topic */
  public Topic topic(String name) {
    Topic topic = topics.get(name);
    if (topic == null) {
      throw new IllegalArgumentException("unknown topic '" + name + "'");
    }
    return topic;
  }

  /** The services that consume {@code topic}, each in its own group, in model order. */
  public List<ServiceSpec> consumers(String topic) {
    return services.values().stream().filter(s -> s.endpoints().stream()
        .anyMatch(e -> e.protocol() == Protocol.MESSAGING && e.route().equals(topic))).toList();
  }

  /** @throws IllegalArgumentException when there is no such service */
  public ServiceSpec service(String name) {
    ServiceSpec spec = services.get(name);
    if (spec == null) {
      throw new IllegalArgumentException("unknown service '" + name + "'");
    }
    return spec;
  }

  /** @throws IllegalArgumentException when there is no such datastore */
  public Datastore datastore(String name) {
    Datastore datastore = datastores.get(name);
    if (datastore == null) {
      throw new IllegalArgumentException("unknown datastore '" + name + "'");
    }
    return datastore;
  }

  private void check(Call call) {
    if (call.target() instanceof ServiceTarget target) {
      service(target.service()).endpoint(target.endpoint());
    } else if (call.target() instanceof QueryTarget query) {
      datastore(query.datastore());
    } else if (call.target() instanceof PublishTarget publish) {
      topic(publish.topic());
    }
  }

  /** A cycle would make a request recurse for ever; real call graphs have none. */
  private void checkAcyclic(Endpoint endpoint, Deque<Endpoint> path) {
    if (path.stream().anyMatch(e -> e == endpoint)) {
      throw new IllegalArgumentException("the call graph has a cycle through " + endpoint.name());
    }
    path.push(endpoint);
    for (Call call : endpoint.calls()) {
      if (call.target() instanceof ServiceTarget target) {
        checkAcyclic(service(target.service()).endpoint(target.endpoint()), path);
      }
    }
    path.pop();
  }

  private static <T> void putUnique(Map<String, T> map, String name, T value) {
    if (map.putIfAbsent(name, value) != null) {
      throw new IllegalArgumentException("'" + name + "' is defined twice");
    }
  }
}
