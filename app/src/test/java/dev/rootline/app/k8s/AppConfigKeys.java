package dev.rootline.app.k8s;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration keys Rootline reads, found where the application declares them: the keys of
 * application.properties, the {@code @ConfigMapping} interfaces and {@code @ConfigProperty}
 * injection points of the app's classes, and the environment variables named in property
 * placeholders. Matches environment variables as SmallRye Config does (upper case, every other
 * character an underscore).
 */
final class AppConfigKeys {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^}]*))?}");

  private final Properties properties = new Properties();
  private final Set<String> keys = new HashSet<>();
  private final Map<String, String> mappingDefaults = new HashMap<>();

  AppConfigKeys() {
    try (InputStream in = AppConfigKeys.class.getResourceAsStream("/application.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String key : properties.stringPropertyNames()) {
      keys.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
      Matcher placeholder = PLACEHOLDER.matcher(properties.getProperty(key));
      while (placeholder.find()) {
        keys.add(placeholder.group(1));
      }
    }
    appClasses().forEach(this::scan);
  }

  /** Whether an environment variable of this name sets a key the application reads. */
  boolean readsEnv(String name) {
    return keys.stream().anyMatch(key -> envName(key).equals(name));
  }

  /** A property of application.properties (without a profile), or null. */
  String property(String key) {
    return properties.getProperty(key);
  }

  /** The default of a placeholder property such as {@code ${ROOTLINE_HTTP_PORT:8080}}, or its value. */
  String defaultOf(String key) {
    String value = properties.getProperty(key);
    Matcher placeholder = PLACEHOLDER.matcher(value);
    return placeholder.matches() ? placeholder.group(2) : value;
  }

  /** The {@code @WithDefault} of a {@code @ConfigMapping} key, such as {@code rootline.topics.spans}. */
  String mappingDefault(String key) {
    return mappingDefaults.get(key);
  }

  static String envName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private void scan(Class<?> type) {
    ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
    if (mapping != null) {
      for (Method method : type.getMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0) {
          String key = mapping.prefix() + "." + kebab(method.getName());
          keys.add(key);
          WithDefault value = method.getAnnotation(WithDefault.class);
          if (value != null) {
            mappingDefaults.put(key, value.value());
          }
        }
      }
    }
    Stream.of(type.getDeclaredFields()).forEach(this::injected);
    Stream.concat(Stream.of(type.getDeclaredConstructors()), Stream.of(type.getDeclaredMethods()))
        .forEach(this::injectedParameters);
  }

  private void injectedParameters(Executable executable) {
    Stream.of(executable.getParameters()).forEach(this::injected);
  }

  private void injected(AnnotatedElement element) {
    ConfigProperty property = element.getAnnotation(ConfigProperty.class);
    if (property != null) {
      keys.add(property.name());
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** Every class compiled from app/src/main/java, loaded without initialising it. */
  private static List<Class<?>> appClasses() {
    try {
      Path root = Path.of(dev.rootline.app.RootlineMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<Path> files = Files.walk(root.resolve("dev/rootline/app"))) {
        return files.filter(f -> f.toString().endsWith(".class"))
            .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
            .map(AppConfigKeys::load)
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AppConfigKeys.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
