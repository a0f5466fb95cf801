package dev.rootline.app.notify;

import dev.rootline.app.demo.DemoConfig;
import dev.rootline.app.demo.DemoNotifications;
import dev.rootline.app.report.StoreConfig;
import dev.rootline.core.label.LabelStore;
import dev.rootline.notifier.DeliveryPolicy;
import dev.rootline.notifier.Destination;
import dev.rootline.notifier.Dispatcher;
import dev.rootline.notifier.Notifier;
import dev.rootline.notifier.Outbox;
import dev.rootline.notifier.Route;
import dev.rootline.notifier.Routing;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Builds the outbox, label store, routing, channels and dispatcher from {@code rootline.notify.*}. */
@ApplicationScoped
class NotifyWiring {
  private static final Logger LOG = Logger.getLogger(NotifyWiring.class);

  @Produces
  @Singleton
  Outbox outbox(StoreConfig store, @DataSource("h2") InjectableInstance<AgroalDataSource> h2,
      @DataSource("postgresql") InjectableInstance<AgroalDataSource> postgresql) {
    return switch (store.kind()) {
      case H2 -> new JdbcOutbox(h2.get());
      case POSTGRESQL -> new JdbcOutbox(postgresql.get());
      case MEMORY -> Outbox.inMemory();
    };
  }

  @Produces
  @Singleton
  LabelStore labelStore(StoreConfig store, @DataSource("h2") InjectableInstance<AgroalDataSource> h2,
      @DataSource("postgresql") InjectableInstance<AgroalDataSource> postgresql) {
    return switch (store.kind()) {
      case H2 -> new JdbcLabelStore(h2.get());
      case POSTGRESQL -> new JdbcLabelStore(postgresql.get());
      case MEMORY -> LabelStore.inMemory();
    };
  }

  @Produces
  @Singleton
  Secrets secrets(Config config) {
    return new Secrets(config);
  }

  @Produces
  @Singleton
  HttpClient httpClient(NotifyConfig config) {
    return HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Produces
  @Singleton
  List<Destination> destinations(NotifyConfig config, DemoConfig demo, Secrets secrets, HttpClient http, Clock clock) {
    if (config.channels().isEmpty() && demo.enabled()) {
      return List.of(demoDestination(config, secrets, http));
    }
    return Destinations.build(config, secrets, http, clock);
  }

  private static Destination demoDestination(NotifyConfig config, Secrets secrets, HttpClient http) {
    return DemoNotifications.destination(secrets.get(ChannelType.SLACK_WEBHOOK.secretEnv()), http, config.timeout(),
        System.out::println);
  }

  @Produces
  @Singleton
  Notifier notifier(NotifyConfig config, List<Destination> destinations, Outbox outbox, Clock clock) {
    if (!config.enabled() || destinations.isEmpty() && config.channels().isEmpty()) {
      return Notifier.none();
    }
    return Notifier.outbox(routing(config, destinations), outbox, config.coalesce(), clock);
  }

  @Produces
  @Singleton
  Dispatcher dispatcher(NotifyConfig config, List<Destination> destinations, Outbox outbox, Clock clock) {
    String base = config.baseUrl().endsWith("/") ? config.baseUrl() : config.baseUrl() + "/";
    // A Slack bot's resolve makes two requests; the rest is room for the store.
    Duration lease = config.timeout().multipliedBy(3).plusSeconds(30);
    DeliveryPolicy policy = new DeliveryPolicy(config.firstRetry(), config.maxRetry(), config.giveUpAfter(),
        config.batch(), lease);
    // Messages link to the incident page, where the report's graph, charts and label buttons are.
    return new Dispatcher(outbox, destinations, policy,
        id -> URI.create(base + "incidents/" + URLEncoder.encode(id, StandardCharsets.UTF_8)), clock,
        new SecureRandom());
  }

  private static Routing routing(NotifyConfig config, List<Destination> destinations) {
    List<NotifyConfig.RouteSettings> routes = config.routes().orElse(List.of());
    if (routes.isEmpty()) {
      List<String> all = destinations.stream().map(Destination::name).toList();
      LOG.infof("No notification routes: every report goes to %s", all);
      return Routing.everythingTo(all);
    }
    List<Route> ordered = new java.util.ArrayList<>();
    for (NotifyConfig.RouteSettings r : routes) {
      ordered.add(new Route(r.name().orElse("route " + ordered.size()), r.services().orElse(List.of()),
          r.environments().orElse(Set.of()), r.severities().orElse(Set.of()), r.channels()));
    }
    return Routing.of(ordered, config.environment());
  }
}
