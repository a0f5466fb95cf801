package dev.rootline.app.report;

import java.util.Locale;

/** The relational stores Rootline runs on, each with its build-time datasource name. */
public enum StoreKind {
  /** A file beside the process; closed by the pool at shutdown, not by H2's exit hook under running ticks. */
  H2("h2", "jdbc:h2:file:./data/rootline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
      + "DB_CLOSE_ON_EXIT=FALSE"),
  POSTGRESQL("postgresql", "jdbc:postgresql://localhost:5432/rootline"),
  MEMORY(null, null);

  private final String dataSource;
  private final String defaultUrl;

  StoreKind(String dataSource, String defaultUrl) {
    this.dataSource = dataSource;
    this.defaultUrl = defaultUrl;
  }

  /** The named datasource of application.properties, or null for the memory store. */
  public String dataSource() {
    return dataSource;
  }

  /** The URL used when {@code rootline.store.url} is unset, or null for the memory store. */
  public String defaultUrl() {
    return defaultUrl;
  }

  /** @throws IllegalArgumentException naming the accepted values */
  public static StoreKind of(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rootline.store.kind is '" + name + "', expected h2, postgresql or memory", e);
    }
  }
}
