package dev.rootline.core.telemetry;

import java.util.Objects;

/**
 * Who emitted a piece of telemetry: the OpenTelemetry resource attributes that root cause analysis
 * needs. One instance is shared by every span, point and log of one resource in a batch.
 *
 * @param service      {@code service.name}; never null ("unknown_service" when absent, as the SDKs do)
 * @param version      {@code service.version}, or null
 * @param environment  {@code deployment.environment.name} (or the older {@code deployment.environment}), or null
 * @param instance     {@code service.instance.id}, or null
 * @param k8sNamespace {@code k8s.namespace.name}, or null
 * @param k8sPod       {@code k8s.pod.name}, or null
 * @param host         {@code host.name}, or null
 */
public record Resource(
    String service,
    String version,
    String environment,
    String instance,
    String k8sNamespace,
    String k8sPod,
    String host) {

  /** The service name OpenTelemetry SDKs report when none is configured. */
  public static final String UNKNOWN_SERVICE = "unknown_service";

  public Resource {
    Objects.requireNonNull(service, "service");
  }

  /** A resource that names only its service and version. */
  public static Resource of(String service, String version) {
    return new Resource(service, version, null, null, null, null, null);
  }
}
