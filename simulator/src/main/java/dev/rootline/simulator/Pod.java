package dev.rootline.simulator;

import dev.rootline.simulator.model.ServiceSpec;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** One running instance of a service: its identity, its OTLP resource and its metric state. */
final class Pod {
  static final String ENVIRONMENT = "production";

  private final ServiceSpec spec;
  private final ServiceInstance identity;
  private final Resource resource;
  private final InstrumentationScope logScope;
  private final String codePackage;
  private final long startNanos;
  private final ServerMetrics server;
  private final RuntimeMetrics runtime;
  private final ConnectionPool pool;
  private final CacheMetrics caches = new CacheMetrics();

  Pod(ServiceSpec spec, ServiceInstance identity, String namespace, long startNanos, long baseMemoryBytes) {
    this.spec = spec;
    this.identity = identity;
    this.resource = resource(identity, namespace);
    this.codePackage = codePackage(namespace, spec.name());
    this.logScope = InstrumentationScope.newBuilder().setName(codePackage + ".Application").build();
    this.startNanos = startNanos;
    this.server = new ServerMetrics(spec);
    this.runtime = new RuntimeMetrics(baseMemoryBytes);
    this.pool = spec.connectionPool() > 0 ? new ConnectionPool(spec.connectionPool()) : null;
  }

  ServiceSpec spec() {
    return spec;
  }

  ServiceInstance identity() {
    return identity;
  }

  Resource resource() {
    return resource;
  }

  /** The Java package of the service's code, e.g. {@code com.example.shop.checkout}, for stack traces. */
  String codePackage() {
    return codePackage;
  }

  /** Whether its spans mark errors (status, exception events, status codes); see {@code Instrumentation}. */
  boolean errorStatus() {
    return spec.instrumentation().errorStatus();
  }

  /** The logger the service writes its application logs with. */
  InstrumentationScope logScope() {
    return logScope;
  }

  /** When the process started, the start of its cumulative metrics. */
  long startNanos() {
    return startNanos;
  }

  ServerMetrics server() {
    return server;
  }

  RuntimeMetrics runtime() {
    return runtime;
  }

  /** Its database connection pool, or null when it has none. */
  ConnectionPool pool() {
    return pool;
  }

  CacheMetrics caches() {
    return caches;
  }

  /** Everything its SDK exports at {@code timeNanos}: runtime, pool, server and cache metrics. */
  List<ScopeMetrics> collect(long timeNanos, long intervalNanos, Strain strain, RandomGenerator random) {
    List<ScopeMetrics> scopes = new ArrayList<>();
    scopes.add(ScopeMetrics.newBuilder().setScope(Scope.RUNTIME.proto())
        .addAllMetrics(runtime.collect(startNanos, timeNanos, intervalNanos, strain, random)).build());
    if (pool != null) {
      scopes.add(ScopeMetrics.newBuilder().setScope(Scope.HIKARI.proto())
          .addAllMetrics(pool.collect(startNanos, timeNanos, strain.heldConnections())).build());
    }
    scopes.addAll(server.collect(startNanos, timeNanos));
    scopes.addAll(caches.collect(startNanos, timeNanos));
    return scopes;
  }

  /** {@code com.example.<namespace>.<service>}, the service's hyphens dropped as Java packages need. */
  private static String codePackage(String namespace, String service) {
    return "com.example." + namespace + "." + service.replace("-", "");
  }

  private static Resource resource(ServiceInstance id, String namespace) {
    return Resource.newBuilder()
        .addAttributes(Attributes.string("service.name", id.service()))
        .addAttributes(Attributes.string("service.version", id.version()))
        .addAttributes(Attributes.string("service.instance.id", id.instanceId()))
        .addAttributes(Attributes.string("deployment.environment.name", ENVIRONMENT))
        .addAttributes(Attributes.string("k8s.namespace.name", namespace))
        .addAttributes(Attributes.string("k8s.deployment.name", id.service()))
        .addAttributes(Attributes.string("k8s.pod.name", id.pod()))
        .addAttributes(Attributes.string("k8s.node.name", id.node()))
        .addAttributes(Attributes.string("host.name", id.pod()))
        .addAttributes(Attributes.string("telemetry.sdk.name", "opentelemetry"))
        .addAttributes(Attributes.string("telemetry.sdk.language", "java"))
        .addAttributes(Attributes.string("telemetry.sdk.version", "1.54.1"))
        .build();
  }
}
