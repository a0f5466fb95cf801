package dev.rootline.app.demo;

import dev.rootline.app.ingest.IngestConfig;
import dev.rootline.app.ingest.TopicsConfig;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.simulator.sink.KafkaTelemetrySink;
import dev.rootline.simulator.RealtimeSimulation;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.Simulation;
import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.sink.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** In demo mode, runs the simulated shop in real time against the broker Rootline reads. */
@ApplicationScoped
class DemoShop {
  private final DemoConfig demo;
  private final IngestConfig ingest;
  private final TopicsConfig topics;
  private final String bootstrapServers;
  private final int httpPort;
  private KafkaTelemetrySink sink;
  private RealtimeSimulation running;

  DemoShop(DemoConfig demo, IngestConfig ingest, TopicsConfig topics,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "quarkus.http.port") int httpPort) {
    this.demo = demo;
    this.ingest = ingest;
    this.topics = topics;
    this.bootstrapServers = bootstrapServers;
    this.httpPort = httpPort;
  }

  void start(@Observes StartupEvent started) {
    if (!demo.enabled()) {
      return;
    }
    Simulation simulation = new Simulation(ShopModel.standard(demo.seed()),
        SimulationConfig.defaults().withPeakRootRequestsPerSecond(demo.peakRps()));
    Topics names = new Topics(topics.spans(), topics.metrics(), topics.logs(), topics.deploys());
    sink = KafkaTelemetrySink.create(bootstrapServers, Encoding.of(ingest.encoding()), names);
    running = RealtimeSimulation.start(simulation, sink, Clock.systemUTC());
    String base = "http://localhost:" + httpPort;
    System.out.printf("""

        Rootline demo is running: a simulated shop sends OpenTelemetry to Kafka at %s.
          services and live figures   %s/
          live series (JSON)          %s/api/series
          services and call graph     %s/api/services
          recent deploys              %s/api/deploys
          Prometheus metrics          %s/q/metrics
        The first windows close about 15 seconds after start. Stop with Ctrl-C.

        """, bootstrapServers, base, base, base, base, base);
  }

  void stop(@Observes ShutdownEvent stopping) {
    if (running != null) {
      running.close(); // flushes what is in flight; the sink is ours to close
      sink.close();
    }
  }
}
