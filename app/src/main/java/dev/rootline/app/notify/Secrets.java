package dev.rootline.app.notify;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Reads secrets by environment variable name. Through the configuration rather than
 * {@code System.getenv}, so that a test profile can stand in for the environment; the environment
 * wins over every file. The values are never logged: only the names are.
 */
final class Secrets {
  private final Config config;

  Secrets(Config config) {
    this.config = config;
  }

  /** The variable's value; empty when unset or blank. */
  Optional<String> get(String variable) {
    return config.getOptionalValue(variable, String.class).filter(value -> !value.isBlank());
  }

  @Override
  public String toString() {
    return "Secrets[***]";
  }
}
