package dev.rootline.simulator;

import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.QueryTarget;
import dev.rootline.simulator.model.ServiceTarget;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.model.Target;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Resolves call targets to endpoints and remembers endpoint names, by identity: records hash their
 * whole content, and these lookups happen for every span.
 */
final class Endpoints {
  private final ShopModel model;
  private final Map<ServiceTarget, Endpoint> resolved = new IdentityHashMap<>();
  private final Map<Endpoint, String> names = new IdentityHashMap<>();

  Endpoints(ShopModel model) {
    this.model = model;
  }

  Endpoint resolve(ServiceTarget target) {
    return resolved.computeIfAbsent(target, t -> model.service(t.service()).endpoint(t.endpoint()));
  }

  String name(Endpoint endpoint) {
    return names.computeIfAbsent(endpoint, Endpoint::name);
  }

  /** The service or datastore a target reaches. */
  static String targetName(Target target) {
    return target instanceof QueryTarget query ? query.datastore() : ((ServiceTarget) target).service();
  }
}
