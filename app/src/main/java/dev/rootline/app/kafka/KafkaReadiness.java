package dev.rootline.app.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: whether the Kafka cluster answers, within {@value #TIMEOUT_MILLIS} ms. It replaces
 * Quarkus' own Kafka check, which waits on an absent broker for longer than a Kubernetes probe's
 * 3 s, so a probe saw no answer at all instead of "not ready".
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {
  static final int TIMEOUT_MILLIS = 1_500;

  private final Admin admin;

  KafkaReadiness(@Identifier("default-kafka-broker") Map<String, Object> config) {
    Map<String, Object> props = new HashMap<>();
    // The same connection settings (servers, TLS, SASL) as the consumers, and nothing else.
    config.forEach((key, value) -> {
      if (AdminClientConfig.configNames().contains(key)) {
        props.put(key, value);
      }
    });
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "rootline-readiness");
    this.admin = Admin.create(props);
  }

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("Kafka connection");
    try {
      Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS))
          .nodes().get(TIMEOUT_MILLIS + 200L, TimeUnit.MILLISECONDS);
      return response.up().withData("nodes", nodes.stream().map(n -> n.host() + ":" + n.port())
          .collect(Collectors.joining(","))).build();
    } catch (ExecutionException e) {
      return response.down().withData("reason", String.valueOf(e.getCause().getMessage())).build();
    } catch (TimeoutException e) {
      return response.down().withData("reason", "no answer within " + Duration.ofMillis(TIMEOUT_MILLIS)).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("reason", "interrupted").build();
    }
  }

  @PreDestroy
  void close() {
    admin.close(Duration.ZERO);
  }
}
