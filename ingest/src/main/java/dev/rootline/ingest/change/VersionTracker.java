package dev.rootline.ingest.change;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.core.change.DeployEvent;
import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers deploys from spans: the first span of a service with a {@code service.version} not seen
 * before for it (after the service's first version) is recorded as a deploy. Bounded: it remembers
 * a few versions per service and a fixed number of services. Not thread-safe.
 */
public final class VersionTracker {
  private static final int VERSIONS_PER_SERVICE = 16;
  private final int maxServices;
  private final Map<String, ServiceVersions> services = new HashMap<>();

  public VersionTracker(int maxServices) {
    this.maxServices = maxServices;
  }

  /** The inferred deploys these spans reveal, in the order seen. */
  public List<DeployEvent> observe(List<Span> spans) {
    List<DeployEvent> deploys = List.of();
    Resource last = null;
    for (Span span : spans) {
      if (span.resource() == last) {
        continue; // spans of one resource share the instance; check each resource once
      }
      last = span.resource();
      DeployEvent deploy = observe(last, span.startNanos());
      if (deploy != null) {
        deploys = deploys.isEmpty() ? new ArrayList<>() : deploys;
        deploys.add(deploy);
      }
    }
    return deploys;
  }

  /** The versions seen for each service, oldest first. */
  public Map<String, List<String>> versions() {
    Map<String, List<String>> out = new HashMap<>();
    services.forEach((service, v) -> out.put(service, List.copyOf(v.seen)));
    return out;
  }

  private DeployEvent observe(Resource resource, long timeNanos) {
    if (resource.version() == null) {
      return null;
    }
    ServiceVersions known = services.get(resource.service());
    if (known == null) {
      if (services.size() < maxServices) {
        services.put(resource.service(), new ServiceVersions(resource.version()));
      }
      return null;
    }
    if (!known.add(resource.version())) {
      return null;
    }
    String previous = known.current;
    known.current = resource.version();
    return new DeployEvent(resource.service(), resource.version(), previous, resource.environment(),
        ChangeKind.DEPLOY, Instant.ofEpochSecond(0, timeNanos), null, null,
        "new service.version seen in spans", DeployEvent.Source.INFERRED);
  }

  private static final class ServiceVersions {
    final Set<String> seen = new LinkedHashSet<>();
    String current;

    ServiceVersions(String first) {
      seen.add(first);
      current = first;
    }

    boolean add(String version) {
      if (seen.contains(version)) {
        return false;
      }
      if (seen.size() >= VERSIONS_PER_SERVICE) {
        seen.remove(seen.iterator().next());
      }
      seen.add(version);
      return true;
    }
  }
}
