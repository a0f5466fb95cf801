package dev.rootline.core.change;

import java.time.Instant;
import java.util.Objects;

/**
 * A change to a running service: a deploy, rollback, config or feature-flag change, or a scale
 * event; reported by CI/CD or inferred from a new {@code service.version} in spans.
 *
 * @param service         the changed service
 * @param version         the version after the change, or null (config, flag and scale changes)
 * @param previousVersion the version before the change, or null when unknown
 * @param environment     the deployment environment, or null
 * @param kind            what kind of change
 * @param at              when the change took effect
 * @param commit          the source commit, or null
 * @param author          who made the change, or null
 * @param description     free text, or null
 * @param source          reported by a person or tool, or inferred by Rootline
 */
public record DeployEvent(
    String service,
    String version,
    String previousVersion,
    String environment,
    ChangeKind kind,
    Instant at,
    String commit,
    String author,
    String description,
    Source source) {

  /** Where Rootline learned of the change. */
  public enum Source { REPORTED, INFERRED }

  public DeployEvent {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(source, "source");
  }
}
