package dev.rootline.simulator;

import dev.rootline.simulator.model.Endpoint;
import dev.rootline.simulator.model.ExternalTarget;
import dev.rootline.simulator.model.PublishTarget;
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

  /** The service, datastore, external API or topic a target reaches. */
  static String targetName(Target target) {
    if (target instanceof QueryTarget query) {
      return query.datastore();
    } else if (target instanceof ExternalTarget api) {
      return api.name();
    } else if (target instanceof PublishTarget publish) {
      return publish.topic();
    }
    return ((ServiceTarget) target).service();
  }
}
