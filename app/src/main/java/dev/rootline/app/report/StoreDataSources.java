package dev.rootline.app.report;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Translates {@code rootline.store.*} into the settings of the two datasources declared at build
 * time (a datasource's kind is fixed then): the chosen one gets the URL and credentials and is
 * active, the other is inactive and never connects. Its values sit below environment variables and
 * application.properties, so an explicit {@code quarkus.datasource.*} setting still wins.
 */
public final class StoreDataSources implements ConfigSourceFactory {
  static final int ORDINAL = 200;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    ConfigValue kindValue = context.getValue("rootline.store.kind");
    StoreKind kind = kindValue == null || kindValue.getValue() == null ? StoreKind.H2 : StoreKind.of(kindValue.getValue());
    Map<String, String> settings = new HashMap<>();
    for (StoreKind each : StoreKind.values()) {
      if (each.dataSource() != null) {
        settings.put(key(each, "active"), String.valueOf(each == kind));
      }
    }
    if (kind.dataSource() != null) {
      settings.put(key(kind, "jdbc.url"), value(context, "url", kind.defaultUrl()));
      copy(context, "username", key(kind, "username"), settings);
      copy(context, "password", key(kind, "password"), settings);
    }
    return List.of(new PropertiesConfigSource(settings, "rootline.store", ORDINAL));
  }

  private static String key(StoreKind kind, String setting) {
    return "quarkus.datasource." + kind.dataSource() + "." + setting;
  }

  private static String value(ConfigSourceContext context, String name, String fallback) {
    ConfigValue value = context.getValue("rootline.store." + name);
    return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
  }

  private static void copy(ConfigSourceContext context, String name, String key, Map<String, String> settings) {
    String value = value(context, name, null);
    if (value != null) {
      settings.put(key, value);
    }
  }
}
