package dev.rootline.simulator;

import dev.rootline.simulator.model.ServiceSpec;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.resource.v1.Resource;

/** One running instance of a service: its identity, its OTLP resource and its metric state. */
final class Pod {
  static final String ENVIRONMENT = "production";

  private final ServiceSpec spec;
  private final ServiceInstance identity;
  private final Resource resource;
  private final InstrumentationScope logScope;
  private final long startNanos;
  private final ServerMetrics server;
  private final RuntimeMetrics runtime;

  Pod(ServiceSpec spec, ServiceInstance identity, String namespace, long startNanos, long baseMemoryBytes) {
    this.spec = spec;
    this.identity = identity;
    this.resource = resource(identity, namespace);
    this.logScope = InstrumentationScope.newBuilder()
        .setName("com.example.shop." + spec.name() + ".Application").build();
    this.startNanos = startNanos;
    this.server = new ServerMetrics(spec);
    this.runtime = new RuntimeMetrics(spec.connectionPool(), baseMemoryBytes);
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
