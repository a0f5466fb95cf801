package dev.rootline.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.Receiver;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.notifier.Destination;
import dev.rootline.notifier.Notification;
import dev.rootline.notifier.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo without configured channels: Slack by SLACK_WEBHOOK_URL when set, else the console. */
class DemoNotificationsTest {
  private static final Notification NOTIFICATION = new Notification(ReportFixtures.CHECKOUT_BAD_DEPLOY,
      URI.create("http://localhost:8080/api/incidents/inc-checkout-0302"), null);

  @Test
  void destination_withSlackWebhookUrl_postsThere() throws Exception {
    try (Receiver slack = new Receiver()) {
      Destination destination = DemoNotifications.destination(Optional.of(slack.url("/services/T/B/x")),
          HttpClient.newHttpClient(), Duration.ofSeconds(5), line -> { });

      Outcome outcome = destination.channel().send(NOTIFICATION);

      assertThat(destination.name()).isEqualTo("slack");
      assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DELIVERED);
      Receiver.Request request = slack.take(5);
      assertThat(request.path()).isEqualTo("/services/T/B/x");
      assertThat(request.body()).contains("\"blocks\"").contains("Critical incident on frontend: likely checkout");
    }
  }

  @Test
  void destination_withoutSlackWebhookUrl_printsTheMessage() {
    List<String> console = new ArrayList<>();
    Destination destination = DemoNotifications.destination(Optional.empty(), HttpClient.newHttpClient(),
        Duration.ofSeconds(5), console::add);

    destination.channel().send(NOTIFICATION);

    assertThat(destination.name()).isEqualTo("console");
    assertThat(console).singleElement().asString().contains("set SLACK_WEBHOOK_URL")
        .contains("# Critical incident on frontend: likely checkout").contains("[Confirm cause]");
  }
}
