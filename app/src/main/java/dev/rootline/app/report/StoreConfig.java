package dev.rootline.app.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Where reports and incidents are kept: {@code rootline.store.*} (environment:
 * {@code ROOTLINE_STORE_*}). {@link StoreDataSources} turns these keys into the Quarkus datasource
 * settings, so that one build runs on H2 or PostgreSQL.
 */
@ConfigMapping(prefix = "rootline.store")
public interface StoreConfig {
  /** {@code h2} (a file, nothing to install), {@code postgresql}, or {@code memory} (lost on exit). */
  @WithDefault("h2")
  StoreKind kind();

  /** The JDBC URL; unset means {@link StoreKind#defaultUrl()}. */
  Optional<String> url();

  Optional<String> username();

  Optional<String> password();

  /** How many incidents the {@code memory} store keeps, the least recently saved forgotten first. */
  @WithDefault("1000")
  int memoryCapacity();
}
