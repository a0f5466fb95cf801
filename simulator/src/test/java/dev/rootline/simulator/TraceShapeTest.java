package dev.rootline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.simulator.Telemetry.SpanAt;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.opentelemetry.proto.trace.v1.Status.StatusCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TraceShapeTest {
  private static final Set<String> DATASTORES = Set.of("postgresql", "redis", "cardgate", "parcelhub");

  @Test
  void run_emitsServerOrConsumerSpansOfEveryServiceInAMinute() {
    Set<String> services = Fixtures.noonMinute().spans().stream()
        .filter(s -> s.span().getKind() == SpanKind.SPAN_KIND_SERVER
            || s.span().getKind() == SpanKind.SPAN_KIND_CONSUMER)
        .map(SpanAt::service).collect(Collectors.toSet());

    assertThat(services).hasSizeGreaterThanOrEqualTo(12).contains("frontend", "checkout", "cart", "payment",
        "shipping", "currency", "productcatalog", "recommendation", "email", "ad", "fulfillment", "accounting");
  }

  @Test
  void run_keepsEveryParentInTheSameTraceAndChildrenInsideParentTime() {
    for (List<SpanAt> trace : Fixtures.noonMinute().traces()) {
      Map<Object, SpanAt> byId =
          trace.stream().collect(Collectors.toMap(s -> s.span().getSpanId(), Function.identity()));
      assertThat(byId).hasSize(trace.size());
      assertThat(trace.stream().filter(s -> s.span().getParentSpanId().isEmpty())).hasSize(1);
      for (SpanAt child : trace) {
        assertThat(child.span().getTraceId()).isEqualTo(trace.get(0).span().getTraceId());
        assertThat(child.span().getEndTimeUnixNano()).isGreaterThan(child.span().getStartTimeUnixNano());
        // A consumer processes a message after its publisher has returned: only its own children nest in it.
        if (!child.span().getParentSpanId().isEmpty() && child.span().getKind() != SpanKind.SPAN_KIND_CONSUMER) {
          SpanAt parent = byId.get(child.span().getParentSpanId());
          assertThat(parent).as("parent of %s", child.span().getName()).isNotNull();
          assertThat(child.span().getStartTimeUnixNano()).isGreaterThanOrEqualTo(parent.span().getStartTimeUnixNano());
          assertThat(child.span().getEndTimeUnixNano()).isLessThanOrEqualTo(parent.span().getEndTimeUnixNano());
        }
      }
    }
  }

  @Test
  void run_givesEveryServiceCallAServerChildInTheCallee() {
    for (List<SpanAt> trace : Fixtures.noonMinute().traces()) {
      for (SpanAt client : trace) {
        String peer = client.attribute("peer.service").orElse(null);
        if (client.span().getKind() != SpanKind.SPAN_KIND_CLIENT || peer == null || DATASTORES.contains(peer)) {
          continue;
        }
        List<SpanAt> children = trace.stream()
            .filter(s -> s.span().getParentSpanId().equals(client.span().getSpanId())).toList();
        assertThat(children).as("server under %s", client.span().getName()).hasSize(1);
        assertThat(children.get(0).service()).isEqualTo(peer);
        assertThat(children.get(0).span().getKind()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
        assertThat(children.get(0).span().getName()).isEqualTo(client.span().getName());
      }
    }
  }

  @Test
  void run_showsDatastoresOnlyThroughTheirCallersClientSpans() {
    List<SpanAt> spans = Fixtures.noonMinute().spans();
    List<SpanAt> queries = spans.stream().filter(s -> s.attribute("db.system.name").isPresent()).toList();

    assertThat(queries).extracting(s -> s.span().getKind()).containsOnly(SpanKind.SPAN_KIND_CLIENT);
    assertThat(queries).extracting(s -> s.attribute("db.system.name").orElseThrow())
        .containsOnly("postgresql", "redis").contains("postgresql", "redis");
    assertThat(queries).allSatisfy(s -> {
      assertThat(s.attribute("db.system")).isEqualTo(s.attribute("db.system.name"));
      assertThat(s.attribute("db.namespace")).isPresent();
      assertThat(s.attribute("server.address")).isPresent();
    });
    assertThat(spans).extracting(SpanAt::service).doesNotContainAnyElementsOf(DATASTORES);
  }

  @Test
  void run_keysEachTraceByItsTraceId() {
    var sink = Fixtures.noonMinute().sink();
    List<byte[]> keys = sink.spanKeys();

    for (int i = 0; i < keys.size(); i++) {
      byte[] key = keys.get(i);
      assertThat(key).hasSize(16);
      sink.spans().get(i).getResourceSpansList().forEach(rs -> rs.getScopeSpansList().forEach(ss ->
          assertThat(ss.getSpansList()).allSatisfy(span -> {
            assertThat(span.getTraceId().toByteArray()).isEqualTo(key);
            assertThat(span.getSpanId().size()).isEqualTo(8);
          })));
    }
    assertThat(keys.stream().map(Arrays::toString).distinct()).hasSize(Fixtures.noonMinute().traces().size());
  }

  @Test
  void run_processesPublishedOrdersInEachConsumerAfterThePublisher() {
    List<SpanAt> spans = Fixtures.noonMinute().spans();
    Map<Object, SpanAt> producers = spans.stream().filter(s -> s.span().getKind() == SpanKind.SPAN_KIND_PRODUCER)
        .collect(Collectors.toMap(s -> s.span().getSpanId(), Function.identity()));
    List<SpanAt> consumers = spans.stream().filter(s -> s.span().getKind() == SpanKind.SPAN_KIND_CONSUMER).toList();

    assertThat(producers).isNotEmpty();
    assertThat(consumers).extracting(SpanAt::service).contains("fulfillment", "accounting");
    assertThat(consumers).allSatisfy(c -> {
      SpanAt producer = producers.get(c.span().getParentSpanId());
      assertThat(producer.service()).isEqualTo("checkout");
      assertThat(c.span().getStartTimeUnixNano()).isGreaterThan(producer.span().getEndTimeUnixNano());
      assertThat(c.attribute("messaging.destination.name")).hasValue("orders");
      assertThat(c.attribute("messaging.kafka.offset")).isEqualTo(producer.attribute("messaging.kafka.offset"));
    });
  }

  @Test
  void run_marksBackgroundErrorsWithStatusAndExceptionEvent() {
    List<SpanAt> failedServers = Fixtures.noonMinute().spans().stream()
        .filter(s -> s.span().getKind() == SpanKind.SPAN_KIND_SERVER)
        .filter(s -> s.span().getStatus().getCode() == StatusCode.STATUS_CODE_ERROR).toList();

    assertThat(failedServers).isNotEmpty().allSatisfy(s -> {
      assertThat(s.span().getEventsList()).extracting(e -> e.getName()).contains("exception");
      assertThat(s.attribute("http.response.status_code").or(() -> s.attribute("rpc.grpc.status_code")))
          .hasValueSatisfying(code -> assertThat(code).isIn("500", "13"));
    });
    long servers = Fixtures.noonMinute().spans().stream()
        .filter(s -> s.span().getKind() == SpanKind.SPAN_KIND_SERVER).count();
    assertThat((double) failedServers.size() / servers).isBetween(0.0001, 0.01);
  }
}
