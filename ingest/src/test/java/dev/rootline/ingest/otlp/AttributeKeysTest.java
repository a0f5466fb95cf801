package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.AttributeKeys.EVENT;
import static dev.rootline.ingest.otlp.AttributeKeys.NONE;
import static dev.rootline.ingest.otlp.AttributeKeys.RESOURCE;
import static dev.rootline.ingest.otlp.AttributeKeys.SPAN;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeKeysTest {

  @Test
  void slotOfBytes_agreesWithSlotOfTheDecodedKey() {
    List<String> keys = List.of("service.name", "service.version", "deployment.environment.name",
        "deployment.environment", "service.instance.id", "k8s.namespace.name", "k8s.pod.name", "host.name",
        "http.request.method", "http.method", "http.route", "http.response.status_code", "http.status_code",
        "peer.service", "server.address", "net.peer.name", "db.system.name", "db.system", "db.namespace", "db.name",
        "messaging.system", "messaging.destination.name", "messaging.destination", "rpc.service", "exception.type",
        "exception.message", "url.full", "service.nam", "service.namf", "", "telemetry.sdk.language");
    for (int scope : new int[] {RESOURCE, SPAN, EVENT}) {
      for (String key : keys) {
        byte[] framed = ("\u0000\u0001" + key + "\u0002").getBytes(UTF_8);
        assertThat(AttributeKeys.slot(scope, framed, 2, key.length()))
            .as("scope %d key '%s'", scope, key)
            .isEqualTo(AttributeKeys.slot(scope, key));
      }
    }
  }

  @Test
  void slotOfBytes_findsEachScopesOwnKeysOnly() {
    byte[] serviceName = "service.name".getBytes(UTF_8);
    byte[] route = "http.route".getBytes(UTF_8);

    assertThat(AttributeKeys.slot(RESOURCE, serviceName, 0, serviceName.length)).isEqualTo(AttributeKeys.SERVICE_NAME);
    assertThat(AttributeKeys.slot(SPAN, serviceName, 0, serviceName.length)).isEqualTo(NONE);
    assertThat(AttributeKeys.slot(SPAN, route, 0, route.length)).isEqualTo(AttributeKeys.HTTP_ROUTE);
    byte[] longer = "x".repeat(200).getBytes(UTF_8);
    assertThat(AttributeKeys.slot(SPAN, longer, 0, longer.length)).isEqualTo(NONE);
  }
}
