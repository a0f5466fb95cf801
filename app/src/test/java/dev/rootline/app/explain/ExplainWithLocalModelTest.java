package dev.rootline.app.explain;

import static dev.rootline.app.explain.FakeOpenAi.Reply.answer;
import static dev.rootline.app.explain.FakeOpenAi.Reply.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.RcaReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Explanations against a real local HTTP server that speaks OpenAI's chat-completions protocol. */
class ExplainWithLocalModelTest {
  private static final RcaReport REPORT = ReportFixtures.CHECKOUT_BAD_DEPLOY;
  /** The wait for tests of a slow or failing model. */
  private static final Duration TIMEOUT = Duration.ofMillis(400);
  /** The bound a report must go out within: the timeout, and room for a slow build machine. */
  private static final Duration BOUND = TIMEOUT.plusSeconds(2);
  /** The wait for tests of an answering model: ample, so that a cold JVM does not make them flaky. */
  private static final Duration PATIENT = Duration.ofSeconds(20);

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:20:00Z"));
  private final BlockingQueue<String> late = new LinkedBlockingQueue<>();
  private FakeOpenAi server;
  private Explanations explanations;

  private Explanations explanations(FakeOpenAi.Reply... replies) {
    return explanations(PATIENT, replies);
  }

  private Explanations explanations(Duration timeout, FakeOpenAi.Reply... replies) {
    server = new FakeOpenAi(replies);
    LlmSettings settings = new LlmSettings(server.baseUrl(), "test-model", "sk-test-key-0123456789abcdef", timeout,
        Duration.ofSeconds(10), 700, 0, false, 100, Duration.ofMinutes(5));
    explanations = Explanations.of(settings, registry, clock);
    return explanations;
  }

  @AfterEach
  void close() {
    if (explanations != null) {
      explanations.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void goodAnswer_isUsed_andItsTokensCounted() {
    Explanation e = explanations(answer(ExplainAnswers.GOOD)).explain(REPORT, late::add).explanation();

    assertThat(e.source()).isEqualTo(Explanation.Source.MODEL);
    assertThat(e.model()).isEqualTo("test-model");
    assertThat(e.likelyCause()).startsWith("checkout 2.4.0 broke PlaceOrder");
    assertThat(e.evidenceIds()).containsExactly("e1", "e2");
    assertThat(server.requests()).singleElement().satisfies(body -> {
      JsonNode request = new ObjectMapper().readTree(body);
      assertThat(request.path("model").asText()).isEqualTo("test-model");
      assertThat(request.path("response_format").path("type").asText()).isEqualTo("json_object");
      assertThat(request.path("messages").path(0).path("role").asText()).isEqualTo("system");
      assertThat(request.path("messages").path(1).path("content").asText()).contains("Ranked causes, best first");
    });
    assertThat(count("rootline.llm.tokens", "direction", "input")).isEqualTo(FakeOpenAi.PROMPT_TOKENS);
    assertThat(count("rootline.llm.tokens", "direction", "output")).isEqualTo(FakeOpenAi.COMPLETION_TOKENS);
    assertThat(count("rootline.explanations", "outcome", "model")).isEqualTo(1);
  }

  @Test
  void fencedAnswer_isUsed() {
    Explanation e = explanations(answer(ExplainAnswers.GOOD_FENCED)).explain(REPORT, late::add).explanation();

    assertThat(e.source()).isEqualTo(Explanation.Source.MODEL);
  }

  static Stream<String> badAnswers() {
    return Stream.of(ExplainAnswers.HALLUCINATED_SERVICE, ExplainAnswers.MADE_UP_FIGURE,
        ExplainAnswers.CAUSE_OUTSIDE_RANKING);
  }

  @ParameterizedTest
  @MethodSource("badAnswers")
  void badAnswer_isRefusedTwice_andReplacedByTheTemplate(String bad) {
    Explanation e = explanations(answer(bad)).explain(REPORT, late::add).explanation();

    assertThat(e.source()).isEqualTo(Explanation.Source.TEMPLATE);
    assertThat(e.likelyCause()).startsWith("checkout 2.4.0 (code change)");
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(1)).contains("Your previous answer was refused because");
    assertThat(count("rootline.explanations", "outcome", "refused")).isEqualTo(1);
  }

  @Test
  void badThenGoodAnswer_usesTheSecond() {
    Explanation e = explanations(answer(ExplainAnswers.HALLUCINATED_SERVICE), answer(ExplainAnswers.GOOD))
        .explain(REPORT, late::add).explanation();

    assertThat(e.source()).isEqualTo(Explanation.Source.MODEL);
    assertThat(server.requests().get(1)).contains("payment-gateway");
    assertThat(count("rootline.explanations", "outcome", "model-retried")).isEqualTo(1);
  }

  @Test
  void serverError_fallsBackToTheTemplate_withinTheBound() {
    Explanations explanations = explanations(TIMEOUT, status(500));

    long began = System.nanoTime();
    Explanation e = explanations.explain(REPORT, late::add).explanation();

    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(BOUND);
    assertThat(e.source()).isEqualTo(Explanation.Source.TEMPLATE);
    assertThat(server.requests()).hasSize(2);
    assertThat(count("rootline.explanations", "outcome", "failed")).isEqualTo(1);
  }

  @Test
  void notJson_isAFailedAnswer() {
    Explanation e = explanations(answer(ExplainAnswers.NOT_JSON)).explain(REPORT, late::add).explanation();

    assertThat(e.source()).isEqualTo(Explanation.Source.TEMPLATE);
    assertThat(count("rootline.explanations", "outcome", "failed")).isEqualTo(1);
  }

  @Test
  void slowModel_reportGoesOutWithTheTemplateWithinTheBound_andTheLateAnswerIsAnnounced() throws Exception {
    Explanations explanations = explanations(TIMEOUT, FakeOpenAi.Reply.hangThenAnswer(ExplainAnswers.GOOD));

    long began = System.nanoTime();
    Explanation first = explanations.explain(REPORT, late::add).explanation();
    Duration waited = Duration.ofNanos(System.nanoTime() - began);
    server.release();

    assertThat(waited).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(BOUND);
    assertThat(first.source()).isEqualTo(Explanation.Source.TEMPLATE);
    assertThat(late.poll(10, TimeUnit.SECONDS)).isEqualTo(REPORT.id());
    assertThat(count("rootline.explanations.late", null, null)).isEqualTo(1);
    RcaReport nextRevision = ReportFixtures.withVerdict(REPORT, REPORT.revision() + 1, REPORT.verdict());
    assertThat(explanations.explain(nextRevision, late::add).explanation().source())
        .isEqualTo(Explanation.Source.MODEL);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void prompt_containsNoPlantedSecret() {
    explanations(answer(ExplainAnswers.GOOD)).explain(ExplainAnswers.reportWithSecrets(), late::add);

    assertThat(server.requests()).isNotEmpty().allSatisfy(body -> {
      assertThat(body).contains("<EMAIL>", "<SECRET>", "<CARD>");
      ExplainAnswers.SECRETS.forEach(secret -> assertThat(body).doesNotContain(secret));
      assertThat(body).doesNotContain("sk-test-key-0123456789abcdef");
    });
  }

  @Test
  void cache_preventsASecondCall_forTheSameIncidentAndFindings() {
    Explanations explanations = explanations(answer(ExplainAnswers.GOOD));

    Explanation first = explanations.explain(REPORT, late::add).explanation();
    Explanation again = explanations.explain(REPORT, late::add).explanation();
    Explanation nextRevision = explanations.explain(
        ReportFixtures.withVerdict(REPORT, REPORT.revision() + 1, REPORT.verdict()), late::add).explanation();

    assertThat(again).isEqualTo(first);
    assertThat(nextRevision).isEqualTo(first);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void cache_asksAgainAfterAFailure_onlyOnceRetryAfterHasPassed() {
    Explanations explanations = explanations(status(500), status(500), answer(ExplainAnswers.GOOD));

    assertThat(explanations.explain(REPORT, late::add).explanation().source()).isEqualTo(Explanation.Source.TEMPLATE);
    clock.advance(Duration.ofMinutes(4));
    assertThat(explanations.explain(REPORT, late::add).explanation().source()).isEqualTo(Explanation.Source.TEMPLATE);
    assertThat(server.requests()).hasSize(2);
    clock.advance(Duration.ofMinutes(1));

    assertThat(explanations.explain(REPORT, late::add).explanation().source()).isEqualTo(Explanation.Source.MODEL);
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void noModel_writesTheTemplate_andCountsIt() {
    LlmSettings none = LlmSettings.fromEnvironment(java.util.Map.of());
    explanations = Explanations.of(none, registry, clock);

    List<RcaReport> explained = explanations.explainAll(List.of(REPORT, ReportFixtures.NO_CLEAR_CAUSE), late::add);

    assertThat(explained).allSatisfy(r -> assertThat(r.explanation().source()).isEqualTo(Explanation.Source.TEMPLATE));
    assertThat(explained.get(0).candidates()).isEqualTo(REPORT.candidates());
    assertThat(count("rootline.explanations", "outcome", "template")).isEqualTo(2);
  }

  private double count(String name, String tag, String value) {
    var search = registry.find(name);
    if (tag != null) {
      search = search.tag(tag, value);
    }
    var counter = search.counter();
    return counter == null ? 0 : counter.count();
  }
}
