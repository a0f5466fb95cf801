package dev.rootline.app.capture;

import dev.rootline.app.report.StoreConfig;
import dev.rootline.ingest.change.DeployLog;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * Builds incident capture from {@code rootline.capture.*} over the store {@code rootline.store.kind}
 * names, and exports the capture's bounds as meters; {@link CaptureTicks} moves it on.
 */
@ApplicationScoped
class CaptureWiring {
  @Produces
  @Singleton
  CaptureStore captureStore(StoreConfig store, @DataSource("h2") InjectableInstance<AgroalDataSource> h2,
      @DataSource("postgresql") InjectableInstance<AgroalDataSource> postgresql) {
    return switch (store.kind()) {
      case H2 -> new JdbcCaptureStore(h2.get());
      case POSTGRESQL -> new JdbcCaptureStore(postgresql.get());
      case MEMORY -> CaptureStore.inMemory(Math.min(store.memoryCapacity(), 100));
    };
  }

  @Produces
  @Singleton
  TelemetryCapture capture(CaptureConfig config, DeployLog deploys, CaptureStore store, Clock clock,
      MeterRegistry registry) {
    TelemetryCapture capture = new TelemetryCapture(CaptureSettings.of(config), deploys::recent, store, clock);
    registry.gauge("rootline.capture.incidents.active", capture, TelemetryCapture::active);
    registry.more().counter("rootline.capture.items.evicted", List.of(), capture, TelemetryCapture::evicted);
    registry.more().counter("rootline.capture.incidents.refused", List.of(), capture, TelemetryCapture::refused);
    registry.more().counter("rootline.capture.incidents.capped", List.of(), capture, TelemetryCapture::capped);
    registry.more().counter("rootline.capture.steps.failed", List.of(), capture, TelemetryCapture::failed);
    return capture;
  }
}
