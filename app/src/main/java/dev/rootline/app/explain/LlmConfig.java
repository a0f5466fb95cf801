package dev.rootline.app.explain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The language model that explains reports: {@code rootline.llm.*} (environment:
 * {@code ROOTLINE_LLM_*}). Off until {@code model} is set; any OpenAI-compatible endpoint will do.
 */
@ConfigMapping(prefix = "rootline.llm")
public interface LlmConfig {
  /** The endpoint's base URL, up to and including {@code /v1}. */
  @WithDefault(LlmSettings.OPENAI)
  String baseUrl();

  /** The model's name, e.g. {@code gpt-4o-mini} or {@code llama3.1:8b}; unset means no model, the template explains. */
  Optional<String> model();

  /** The API key, sent as a bearer token; unset for endpoints that need none (Ollama, vLLM). */
  Optional<String> apiKey();

  /** The longest a report waits for its explanation; then it goes out with the template's, updated later. */
  @WithDefault("4s")
  Duration timeout();

  /** The longest one call to the model may take before it counts as failed. */
  @WithDefault("30s")
  Duration requestTimeout();

  /** The most tokens the model may write per answer. */
  @WithDefault("700")
  int maxTokens();

  /** Sampling temperature; 0 for the most repeatable answers. */
  @WithDefault("0")
  double temperature();

  /** Whether IP addresses are masked too, besides secrets, e-mail addresses and card numbers. */
  @WithDefault("false")
  boolean redactIps();

  /** How many explanations are kept, one per (incident, evidence revision). */
  @WithDefault("1000")
  int cacheSize();

  /** After how long the model is asked again for findings it failed to explain (error, refused answer). */
  @WithDefault("5m")
  Duration retryAfter();
}
