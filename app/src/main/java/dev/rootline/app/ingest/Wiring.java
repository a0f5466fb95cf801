package dev.rootline.app.ingest;

import dev.rootline.ingest.change.DeployLog;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.otlp.IngestLimits;
import dev.rootline.ingest.otlp.OtlpDecoder;
import dev.rootline.ingest.service.ServiceSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the plain-Java ingest objects from configuration (singletons: most are final classes). */
@ApplicationScoped
class Wiring {
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @Singleton
  DeployLog deployLog() {
    return new DeployLog(1_000);
  }

  @Produces
  @Singleton
  ServiceSignals serviceSignals() {
    return new ServiceSignals(10_000);
  }

  @Produces
  @Singleton
  IngestLimits limits(IngestConfig config) {
    IngestLimits defaults = IngestLimits.DEFAULTS;
    return new IngestLimits(config.maxRecordBytes(), config.maxItemsPerRecord(), defaults.maxStringLength(),
        defaults.earliestNanos(), defaults.latestNanos(), defaults.maxSpanDurationNanos());
  }

  @Produces
  @Singleton
  OtlpDecoder decoder(IngestConfig config, IngestLimits limits) {
    return OtlpDecoder.of(Encoding.of(config.encoding()), limits);
  }
}
