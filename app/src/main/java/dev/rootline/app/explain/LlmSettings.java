package dev.rootline.app.explain;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@link LlmConfig}'s values as a plain record, so that the evaluation (which runs without Quarkus)
 * builds the same model from the same environment variables.
 *
 * @param model null when no model is configured
 * @param apiKey null when none
 */
public record LlmSettings(
    String baseUrl, String model, String apiKey, Duration timeout, Duration requestTimeout, int maxTokens,
    double temperature, boolean redactIps, int cacheSize, Duration retryAfter) {
  static final String OPENAI = "https://api.openai.com/v1";

  /** Whether a model is configured. */
  public boolean enabled() {
    return model != null && !model.isBlank();
  }

  static LlmSettings of(LlmConfig c) {
    return new LlmSettings(c.baseUrl(), c.model().orElse(null), c.apiKey().orElse(null), c.timeout(),
        c.requestTimeout(), c.maxTokens(), c.temperature(), c.redactIps(), c.cacheSize(), c.retryAfter());
  }

  /** The settings from {@code ROOTLINE_LLM_*} environment variables, with {@link LlmConfig}'s defaults. */
  public static LlmSettings fromEnvironment(Map<String, String> env) {
    return new LlmSettings(get(env, "BASE_URL").orElse(OPENAI), get(env, "MODEL").orElse(null),
        get(env, "API_KEY").orElse(null), Duration.ofSeconds(4),
        get(env, "REQUEST_TIMEOUT").map(LlmSettings::duration).orElse(Duration.ofSeconds(30)),
        get(env, "MAX_TOKENS").map(Integer::parseInt).orElse(700),
        get(env, "TEMPERATURE").map(Double::parseDouble).orElse(0.0),
        get(env, "REDACT_IPS").map(Boolean::parseBoolean).orElse(false), 1000, Duration.ofMinutes(5));
  }

  /** A duration as configuration writes it: {@code 30s}, {@code 500ms}, {@code 2m}, or ISO-8601 {@code PT30S}. */
  static Duration duration(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.startsWith("p")) {
      return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
    }
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    return switch (t.charAt(t.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      default -> throw new IllegalArgumentException("not a duration: " + text);
    };
  }

  private static Optional<String> get(Map<String, String> env, String key) {
    return Optional.ofNullable(env.get("ROOTLINE_LLM_" + key)).filter(v -> !v.isBlank());
  }
}
