package dev.rootline.notifier;

import dev.rootline.core.incident.Incident;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One routing rule: incidents that match go to the rule's channels. An empty condition matches
 * everything; service patterns may use {@code *} for any run of characters ({@code payments-*}).
 *
 * @param name         for people and logs
 * @param services     patterns of which one must match a service of the incident or its first cause
 * @param environments environments this Rootline watches for which the rule holds
 * @param severities   severities the rule takes
 * @param channels     the names of the channels to notify, in order
 */
public record Route(String name, List<String> services, Set<String> environments,
    Set<Incident.Severity> severities, List<String> channels) {

  public Route {
    Objects.requireNonNull(name, "name");
    services = List.copyOf(services);
    environments = Set.copyOf(environments);
    severities = Set.copyOf(severities);
    channels = List.copyOf(channels);
  }

  /** Whether an incident of these services and this severity, seen in {@code environment}, matches. */
  boolean matches(List<String> incidentServices, Incident.Severity severity, String environment) {
    if (!severities.isEmpty() && !severities.contains(severity)) {
      return false;
    }
    if (!environments.isEmpty() && !environments.contains(environment)) {
      return false;
    }
    return services.isEmpty() || incidentServices.stream().anyMatch(s -> services.stream().anyMatch(p -> glob(p, s)));
  }

  static boolean glob(String pattern, String text) {
    String[] parts = pattern.split("\\*", -1);
    if (parts.length == 1) {
      return pattern.equals(text);
    }
    if (!text.startsWith(parts[0])) {
      return false;
    }
    int at = parts[0].length();
    for (int i = 1; i < parts.length - 1; i++) {
      int found = text.indexOf(parts[i], at);
      if (found < 0) {
        return false;
      }
      at = found + parts[i].length();
    }
    String last = parts[parts.length - 1];
    return text.length() - at >= last.length() && text.endsWith(last);
  }
}
