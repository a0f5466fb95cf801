package dev.rootline.app.notify;

import dev.rootline.core.label.LabelStore;
import dev.rootline.notifier.Outcome;
import dev.rootline.notifier.SlackAcks;
import dev.rootline.notifier.SlackInteractions;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * {@code POST /slack/interactions}, the Slack app's interactivity request URL: verified by
 * {@link SlackInteractions} (401 when the signature, the timestamp or a replay gives it away), the
 * label stored, then acknowledged in the message's thread off the request thread, since Slack wants
 * its answer within three seconds. 404 when no signing secret is configured.
 */
@Path("/slack/interactions")
@Singleton
public class SlackInteractionsResource {
  private static final Logger LOG = Logger.getLogger(SlackInteractionsResource.class);
  private final Optional<SlackInteractions> interactions;
  private final SlackAcks acks;
  private final MeterRegistry registry;
  private final ExecutorService ackThread = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "rootline-slack-acks");
    thread.setDaemon(true);
    return thread;
  });

  SlackInteractionsResource(NotifyConfig config, Secrets secrets, LabelStore labels, HttpClient http, Clock clock,
      MeterRegistry registry) {
    NotifyConfig.Slack slack = config.slack();
    this.interactions = secrets.get(slack.signingSecretEnv()).map(secret -> new SlackInteractions(secret, labels, clock));
    this.acks = secrets.get(slack.botTokenEnv())
        .map(token -> SlackAcks.byBot(http, URI.create(slack.apiUrl()), token, config.timeout()))
        .orElseGet(() -> SlackAcks.byResponseUrl(http, config.timeout()));
    this.registry = registry;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.TEXT_PLAIN)
  public Response interact(@HeaderParam("X-Slack-Request-Timestamp") String timestamp,
      @HeaderParam("X-Slack-Signature") String signature, String body) {
    if (interactions.isEmpty()) {
      return Response.status(404).entity("Slack interactivity is off: no signing secret is configured").build();
    }
    SlackInteractions.Reply reply = interactions.get().handle(timestamp, signature, body == null ? "" : body);
    registry.counter("rootline.slack.interactions", "status", Integer.toString(reply.status())).increment();
    if (reply.label() != null) {
      registry.counter("rootline.labels", "source", "slack",
          "verdict", reply.label().verdict().name().toLowerCase(java.util.Locale.ROOT)).increment();
      ackThread.execute(() -> {
        Outcome outcome = acks.post(reply.ack());
        if (outcome.kind() != Outcome.Kind.DELIVERED) {
          LOG.infof("Label of %s kept, its acknowledgement in Slack not posted: %s", reply.label().incidentId(),
              outcome.reason());
        }
      });
    }
    return Response.status(reply.status()).entity(reply.status() == 200 ? "" : reply.text()).build();
  }

  void stop(@Observes ShutdownEvent stopping) {
    ackThread.shutdown();
  }
}
