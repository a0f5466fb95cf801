package dev.rootline.app.capture;

import dev.rootline.app.report.StoreKind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The command line of {@code export-labelled}: {@code --out DIR [--since TIME]}, with the store
 * from the service's own environment variables ({@code ROOTLINE_STORE_KIND}, {@code _URL},
 * {@code _USERNAME}, {@code _PASSWORD}) or {@code --store-url}.
 *
 * @param out      the set's directory, created when missing
 * @param since    only incidents whose onset is at or after this, or null for all
 * @param url      the store's JDBC URL
 * @param username the store's user, or null
 * @param password the store's password, or null (never taken from the command line, where others see it)
 */
record ExportArguments(Path out, Instant since, String url, String username, String password) {
  static final String USAGE = "usage: rootline export-labelled --out DIR [--since 2026-03-01|2026-03-01T10:00:00Z] "
      + "[--store-url JDBC_URL]";

  /** @throws IllegalArgumentException saying what is wrong with the arguments or the environment */
  static ExportArguments parse(String[] args, Map<String, String> env) {
    Path out = null;
    Instant since = null;
    String url = null;
    int i = args.length > 0 && args[0].equals("export-labelled") ? 1 : 0;
    for (; i < args.length; i++) {
      String arg = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (arg) {
        case "--out" -> out = Path.of(required(arg, value));
        case "--since" -> since = instant(required(arg, value));
        case "--store-url" -> url = required(arg, value);
        default -> throw new IllegalArgumentException("unknown argument " + arg);
      }
      i++;
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    return new ExportArguments(out, since, url != null ? url : url(env), env.get("ROOTLINE_STORE_USERNAME"),
        env.get("ROOTLINE_STORE_PASSWORD"));
  }

  private static String url(Map<String, String> env) {
    String url = env.get("ROOTLINE_STORE_URL");
    if (url != null && !url.isBlank()) {
      return url;
    }
    StoreKind kind = StoreKind.of(env.getOrDefault("ROOTLINE_STORE_KIND", "h2"));
    if (kind == StoreKind.MEMORY) {
      throw new IllegalArgumentException("ROOTLINE_STORE_KIND is memory: that store is gone when the service stops");
    }
    return kind.defaultUrl();
  }

  private static String required(String option, String value) {
    if (value == null || value.startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static Instant instant(String text) {
    try {
      return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--since needs a date (2026-03-01) or an RFC 3339 UTC time, got '" + text + "'");
    }
  }
}
