package dev.rootline.app.explain;

import dev.rootline.core.privacy.Redactor;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Builds {@link Explanations} from {@code rootline.llm.*} at startup, without calling the model. */
@ApplicationScoped
class ExplainWiring {
  private static final Logger LOG = Logger.getLogger(ExplainWiring.class);

  @Produces
  @Singleton
  Explanations explanations(LlmConfig config, MeterRegistry registry, Clock clock) {
    LlmSettings settings = LlmSettings.of(config);
    if (settings.enabled()) {
      LOG.infof("Explanations by %s at %s, waiting at most %s; the template stands in", settings.model(),
          Redactor.standard().redact(settings.baseUrl()), settings.timeout());
    } else {
      LOG.info("Explanations by the template: no rootline.llm.model configured");
    }
    return Explanations.of(settings, registry, clock);
  }

  void close(@Disposes Explanations explanations) {
    explanations.close();
  }
}
