package dev.rootline.app.demo;

import dev.rootline.app.ingest.IngestConfig;
import dev.rootline.app.ingest.TopicsConfig;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.simulator.sink.KafkaTelemetrySink;
import dev.rootline.simulator.RealtimeSimulation;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.model.TrafficCycle;
import dev.rootline.simulator.Simulation;
import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.sink.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import dev.rootline.simulator.fault.Fault;
import dev.rootline.simulator.fault.FaultPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** In demo mode, runs the simulated shop in real time against the broker Rootline reads. */
@ApplicationScoped
class DemoShop {
  private final DemoConfig demo;
  private final IngestConfig ingest;
  private final TopicsConfig topics;
  private final String bootstrapServers;
  private final int httpPort;
  private final Clock clock;
  private final boolean slackWebhook;
  private KafkaTelemetrySink sink;
  private RealtimeSimulation running;

  DemoShop(DemoConfig demo, IngestConfig ingest, TopicsConfig topics,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "quarkus.http.port") int httpPort, Clock clock,
      @ConfigProperty(name = "SLACK_WEBHOOK_URL") java.util.Optional<String> slackWebhook) {
    this.demo = demo;
    this.ingest = ingest;
    this.topics = topics;
    this.bootstrapServers = bootstrapServers;
    this.httpPort = httpPort;
    this.clock = clock;
    this.slackWebhook = slackWebhook.filter(url -> !url.isBlank()).isPresent();
  }

  void start(@Observes StartupEvent started) {
    if (!demo.enabled()) {
      return;
    }
    Instant faultStart = clock.instant().plus(demo.faultAfter());
    FaultPlan faults = "none".equalsIgnoreCase(demo.fault()) ? FaultPlan.none() : FaultPlan.demo(demo.fault(), faultStart);
    // A demo is a busy hour whatever the clock says: at the shop's night-time share a fault would
    // take many minutes to show, and a newcomer trying Rootline in the evening would see nothing.
    ShopModel shop = ShopModel.standard(demo.seed()).withTrafficCycle(TrafficCycle.BUSY_ALL_DAY);
    Simulation simulation = new Simulation(shop,
        SimulationConfig.defaults().withPeakRootRequestsPerSecond(demo.peakRps()), faults);
    Topics names = new Topics(topics.spans(), topics.metrics(), topics.logs(), topics.deploys());
    sink = KafkaTelemetrySink.create(bootstrapServers, Encoding.of(ingest.encoding()), names);
    running = RealtimeSimulation.start(simulation, sink, clock);
    String base = "http://localhost:" + httpPort;
    System.out.printf("""

        Rootline demo is running: a simulated shop sends OpenTelemetry to Kafka at %s.
          services and live figures   %s/
          live series (JSON)          %s/api/series
          services and call graph     %s/api/services
          recent deploys              %s/api/deploys
          anomalies                   %s/api/anomalies
          incidents: report, label    %s/incidents
          incidents (JSON)            %s/api/incidents
          Prometheus metrics          %s/q/metrics
          notifications (outbox)      %s/api/notifications
        The first windows close about 15 seconds after start. %s
        %s
        Stop with Ctrl-C.

        """, bootstrapServers, base, base, base, base, base, base, base, base, base,
        faultNotice(faults, faultStart, demo.faultAfter()), slackWebhook
            ? "Incidents are posted to the Slack webhook in SLACK_WEBHOOK_URL."
            : "Incidents are shown here as the Slack message Rootline would send; set SLACK_WEBHOOK_URL to post them.");
  }

  private static String faultNotice(FaultPlan plan, Instant start, Duration after) {
    if (plan.faults().isEmpty()) {
      return "No fault is injected (--fault none).";
    }
    Fault fault = plan.faults().get(0);
    return "At %s (in %d s) the shop suffers a fault: %s (root cause: %s, %s)."
        .formatted(start.truncatedTo(ChronoUnit.SECONDS), after.toSeconds(),
            fault.caption(), fault.rootCause().service(), fault.rootCause().indicator());
  }

  void stop(@Observes ShutdownEvent stopping) {
    if (running != null) {
      running.close(); // flushes what is in flight; the sink is ours to close
      sink.close();
    }
  }
}
