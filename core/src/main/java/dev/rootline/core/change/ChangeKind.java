package dev.rootline.core.change;

import java.util.Locale;

/** What kind of change a {@link DeployEvent} records. */
public enum ChangeKind {
  DEPLOY, ROLLBACK, CONFIG, FEATURE_FLAG, SCALE;

  /** The wire name: lower case with dashes, e.g. {@code feature-flag}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The kind for a wire name, ignoring case and accepting {@code _} for {@code -}.
   *
   * @throws IllegalArgumentException when the name is none of the kinds
   */
  public static ChangeKind ofWireName(String name) {
    for (ChangeKind kind : values()) {
      if (kind.wireName().equalsIgnoreCase(name.replace('_', '-'))) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind '" + name + "', expected deploy, rollback, config, feature-flag or scale");
  }
}
