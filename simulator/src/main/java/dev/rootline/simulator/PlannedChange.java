package dev.rootline.simulator;

import dev.rootline.core.change.ChangeKind;
import java.time.Instant;
import java.util.Objects;

/**
 * A change made to the running shop at a set time: a rollout or rollback of a version (new pods, a
 * reported deploy), a config or feature-flag change (reported, same pods), or a restart of the
 * service's pods (new pods, same version, nothing reported, as after an OOM kill).
 *
 * @param at          when it takes effect
 * @param service     the service changed
 * @param kind        DEPLOY, ROLLBACK, CONFIG or FEATURE_FLAG; null for an unreported restart
 * @param version     the version rolled out (DEPLOY and ROLLBACK), otherwise null
 * @param description what CI/CD reports, or null
 */
public record PlannedChange(Instant at, String service, ChangeKind kind, String version, String description) {
  public PlannedChange {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(service, "service");
    boolean rollout = kind == ChangeKind.DEPLOY || kind == ChangeKind.ROLLBACK;
    if (rollout != (version != null) || kind == ChangeKind.SCALE) {
      throw new IllegalArgumentException(
          "a deploy or rollback needs a version, a config, flag change or restart has none; scale is not planned");
    }
  }

  /** Rolls out {@code version} of {@code service} at {@code at}. */
  public static PlannedChange deploy(Instant at, String service, String version) {
    return new PlannedChange(at, service, ChangeKind.DEPLOY, version, null);
  }

  /** Rolls {@code service} back to {@code version} at {@code at}. */
  public static PlannedChange rollback(Instant at, String service, String version) {
    return new PlannedChange(at, service, ChangeKind.ROLLBACK, version, null);
  }

  /** A config change ({@link ChangeKind#CONFIG}) or flag change ({@link ChangeKind#FEATURE_FLAG}). */
  public static PlannedChange setting(Instant at, String service, ChangeKind kind, String description) {
    if (kind != ChangeKind.CONFIG && kind != ChangeKind.FEATURE_FLAG) {
      throw new IllegalArgumentException("a setting change is CONFIG or FEATURE_FLAG, not " + kind);
    }
    return new PlannedChange(at, service, kind, null, description);
  }

  /** Replaces the service's pods with fresh ones of the same version, unreported. */
  public static PlannedChange restart(Instant at, String service) {
    return new PlannedChange(at, service, null, null, null);
  }

  /** Whether it starts new pods. */
  boolean replacesPods() {
    return kind == null || version != null;
  }
}
