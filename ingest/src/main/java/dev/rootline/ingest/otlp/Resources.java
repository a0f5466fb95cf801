package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.AttributeKeys.*;

import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.List;

/** Builds core {@link Resource}s from resource attributes, for the streaming and the message paths alike. */
final class Resources {
  /** The resource of spans whose resource names nothing, as OpenTelemetry SDKs report it. */
  static final Resource UNKNOWN = of(new String[RESOURCE_SLOTS]);

  private Resources() {}

  /** The resource of attribute values indexed by {@link AttributeKeys} resource slot. */
  static Resource of(String[] values) {
    String service = values[SERVICE_NAME] != null ? values[SERVICE_NAME] : Resource.UNKNOWN_SERVICE;
    String environment = values[ENVIRONMENT] != null ? values[ENVIRONMENT] : values[ENVIRONMENT_OLD];
    return new Resource(service, values[SERVICE_VERSION], environment, values[INSTANCE],
        values[K8S_NAMESPACE], values[K8S_POD], values[HOST]);
  }

  /** The resource of a parsed OTLP resource; like the streaming readers, reads string values only. */
  static Resource of(io.opentelemetry.proto.resource.v1.Resource resource, IngestLimits limits) {
    String[] values = new String[RESOURCE_SLOTS];
    for (KeyValue attribute : resource.getAttributesList()) {
      int slot = slot(RESOURCE, attribute.getKey());
      String value = attribute.getValue().getStringValue();
      if (slot != NONE && attribute.getValue().hasStringValue() && !value.isEmpty()) {
        values[slot] = limits.truncate(value);
      }
    }
    return of(values);
  }

  /**
   * Gives the spans from {@code from} on their resource, for the rare sender that writes a
   * resource after its spans; the common order never gets here.
   */
  static void reattach(List<Span> spans, int from, Resource resource) {
    for (int i = from; i < spans.size(); i++) {
      Span s = spans.get(i);
      spans.set(i, new Span(resource, s.traceIdHigh(), s.traceIdLow(), s.spanId(), s.parentSpanId(),
          s.name(), s.kind(), s.startNanos(), s.endNanos(), s.status(), s.statusMessage(),
          s.attributes(), s.exceptions()));
    }
  }
}
