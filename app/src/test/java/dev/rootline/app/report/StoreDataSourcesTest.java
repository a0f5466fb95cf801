package dev.rootline.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How {@code rootline.store.*} becomes the settings of the two build-time datasources. */
class StoreDataSourcesTest {

  @Test
  void byDefault_h2InAFileIsActive_andPostgresqlIsNot() {
    SmallRyeConfig config = config(Map.of());

    assertThat(value(config, "quarkus.datasource.h2.active")).contains("true");
    assertThat(value(config, "quarkus.datasource.postgresql.active")).contains("false");
    assertThat(value(config, "quarkus.datasource.h2.jdbc.url")).contains(StoreKind.H2.defaultUrl());
    assertThat(value(config, "quarkus.datasource.postgresql.jdbc.url")).isEmpty();
  }

  @Test
  void postgresql_getsUrlAndCredentials_andH2IsInactive() {
    SmallRyeConfig config = config(Map.of("rootline.store.kind", "PostgreSQL",
        "rootline.store.url", "jdbc:postgresql://db:5432/rootline", "rootline.store.username", "rootline",
        "rootline.store.password", "s3cret"));

    assertThat(value(config, "quarkus.datasource.postgresql.active")).contains("true");
    assertThat(value(config, "quarkus.datasource.postgresql.jdbc.url")).contains("jdbc:postgresql://db:5432/rootline");
    assertThat(value(config, "quarkus.datasource.postgresql.username")).contains("rootline");
    assertThat(value(config, "quarkus.datasource.postgresql.password")).contains("s3cret");
    assertThat(value(config, "quarkus.datasource.h2.active")).contains("false");
    assertThat(value(config, "quarkus.datasource.h2.jdbc.url")).isEmpty();
  }

  @Test
  void postgresqlWithoutUrl_usesLocalDefault() {
    SmallRyeConfig config = config(Map.of("rootline.store.kind", "postgresql"));

    assertThat(value(config, "quarkus.datasource.postgresql.jdbc.url"))
        .contains("jdbc:postgresql://localhost:5432/rootline");
  }

  @Test
  void memory_leavesBothDatasourcesInactive() {
    SmallRyeConfig config = config(Map.of("rootline.store.kind", "memory"));

    assertThat(value(config, "quarkus.datasource.h2.active")).contains("false");
    assertThat(value(config, "quarkus.datasource.postgresql.active")).contains("false");
  }

  @Test
  void explicitQuarkusSetting_winsOverTheTranslation() {
    SmallRyeConfig config = config(Map.of("quarkus.datasource.h2.jdbc.url", "jdbc:h2:mem:explicit"));

    assertThat(value(config, "quarkus.datasource.h2.jdbc.url")).contains("jdbc:h2:mem:explicit");
  }

  @Test
  void unknownKind_failsNamingTheAcceptedValues() {
    assertThatThrownBy(() -> config(Map.of("rootline.store.kind", "mysql")))
        .hasStackTraceContaining("expected h2, postgresql or memory");
  }

  /** The settings as application.properties or the environment would give them (ordinal 250). */
  private static SmallRyeConfig config(Map<String, String> settings) {
    return new SmallRyeConfigBuilder()
        .withSources(new PropertiesConfigSource(settings, "application.properties", 250))
        .withSources(new StoreDataSources())
        .build();
  }

  private static Optional<String> value(SmallRyeConfig config, String name) {
    return config.getOptionalValue(name, String.class);
  }
}
