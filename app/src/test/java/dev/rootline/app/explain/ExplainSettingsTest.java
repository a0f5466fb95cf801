package dev.rootline.app.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainSettingsTest {

  @Test
  void fromEnvironment_isOffWithoutAModel_andBlankValuesCountAsUnset() {
    LlmSettings settings = LlmSettings.fromEnvironment(Map.of("ROOTLINE_LLM_MODEL", " ", "ROOTLINE_LLM_API_KEY", ""));

    assertThat(settings.enabled()).isFalse();
    assertThat(settings.apiKey()).isNull();
    assertThat(settings.baseUrl()).isEqualTo("https://api.openai.com/v1");
  }

  @Test
  void fromEnvironment_readsTheModelAndTheConfigurationFormsOfDurations() {
    LlmSettings settings = LlmSettings.fromEnvironment(Map.of("ROOTLINE_LLM_MODEL", "llama3.1:8b",
        "ROOTLINE_LLM_BASE_URL", "http://localhost:11434/v1", "ROOTLINE_LLM_REQUEST_TIMEOUT", "45s"));

    assertThat(settings.enabled()).isTrue();
    assertThat(settings.baseUrl()).isEqualTo("http://localhost:11434/v1");
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(LlmSettings.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(LlmSettings.duration("PT2M")).isEqualTo(Duration.ofMinutes(2));
  }
}
