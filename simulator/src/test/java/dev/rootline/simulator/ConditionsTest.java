package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.simulator.Telemetry.SpanAt;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.InMemoryTelemetrySink;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.opentelemetry.proto.trace.v1.Status.StatusCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {
  private static final SimulationConfig CONFIG = SimulationConfig.defaults().withPeakRootRequestsPerSecond(20);

  /** Slows currency tenfold. */
  private static final Conditions SLOW_CURRENCY = new Conditions() {
    @Override
    public Behaviour serving(ServiceInstance instance, String endpoint, Instant at) {
      return instance.service().equals("currency") ? new Behaviour(10, 0) : Behaviour.NORMAL;
    }

    @Override
    public Behaviour calling(ServiceInstance caller, String target, Instant at) {
      return Behaviour.NORMAL;
    }
  };

  /** Refuses every connection to currency. */
  private static final Conditions CURRENCY_DOWN = new Conditions() {
    @Override
    public Behaviour serving(ServiceInstance instance, String endpoint, Instant at) {
      return Behaviour.NORMAL;
    }

    @Override
    public Behaviour calling(ServiceInstance caller, String target, Instant at) {
      return target.equals("currency") ? new Behaviour(1, 1) : Behaviour.NORMAL;
    }
  };

  private static List<SpanAt> run(Conditions conditions) {
    InMemoryTelemetrySink sink = new InMemoryTelemetrySink();
    new Simulation(ShopModel.standard(1), CONFIG, conditions).run(Fixtures.NOON, Fixtures.NOON.plusSeconds(30), sink);
    return new Telemetry(sink).spans();
  }

  private static double meanMillis(List<SpanAt> spans, String service) {
    return spans.stream().filter(s -> s.service().equals(service) && s.span().getKind() == SpanKind.SPAN_KIND_SERVER)
        .mapToLong(s -> s.span().getEndTimeUnixNano() - s.span().getStartTimeUnixNano()).average().orElseThrow() / 1e6;
  }

  @Test
  void run_slowsAnEndpointByItsLatencyFactor() {
    double normal = meanMillis(run(Conditions.normal()), "currency");

    assertThat(meanMillis(run(SLOW_CURRENCY), "currency")).isGreaterThan(5 * normal);
  }

  @Test
  void run_showsRefusedConnectionsAsFailedClientSpansWithoutServer() {
    List<SpanAt> spans = run(CURRENCY_DOWN);

    assertThat(spans).noneMatch(s -> s.service().equals("currency"));
    assertThat(spans).filteredOn(s -> "currency".equals(s.attribute("peer.service").orElse(null)))
        .isNotEmpty()
        .allSatisfy(s -> {
          assertThat(s.span().getStatus().getCode()).isEqualTo(StatusCode.STATUS_CODE_ERROR);
          assertThat(s.attribute("rpc.grpc.status_code")).hasValue("14");
        });
    assertThat(spans).filteredOn(s -> s.span().getName().equals("POST /cart/checkout"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.span().getStatus().getCode()).isEqualTo(StatusCode.STATUS_CODE_ERROR));
  }
}
