package dev.rootline.notifier;

import dev.rootline.core.rca.RcaReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which channels a report goes to: the first route that matches, in configured order, decides,
 * so that "payments to #payments and PagerDuty, everything else to #ops" is two rules with the
 * catch-all last. No route matching means no notification.
 */
public final class Routing {
  private final List<Route> routes;
  private final String environment;

  private Routing(List<Route> routes, String environment) {
    this.routes = List.copyOf(routes);
    this.environment = environment;
  }

  /** Routes in order, for a Rootline watching {@code environment} ({@code production}, {@code staging}). */
  public static Routing of(List<Route> routes, String environment) {
    return new Routing(routes, environment);
  }

  /** Every report to these channels. */
  public static Routing everythingTo(List<String> channels) {
    return new Routing(List.of(new Route("everything", List.of(), Set.of(), Set.of(), channels)), "");
  }

  /** The channels of the first matching route; empty when none matches. */
  public List<String> channelsFor(RcaReport report) {
    List<String> services = new ArrayList<>(report.incident().services());
    if (!report.candidates().isEmpty()) {
      services.add(report.candidates().get(0).service());
    }
    for (Route route : routes) {
      if (route.matches(services, report.incident().severity(), environment)) {
        return route.channels();
      }
    }
    return List.of();
  }

  public List<Route> routes() {
    return routes;
  }
}
