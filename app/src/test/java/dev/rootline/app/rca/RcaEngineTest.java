package dev.rootline.app.rca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.report.ReportJson;
import dev.rootline.core.anomaly.Anomaly;
import dev.rootline.core.anomaly.Observation;
import dev.rootline.core.incident.Incident;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.core.rca.SeriesSnapshot;
import dev.rootline.core.rca.TraceSample;
import dev.rootline.core.window.SeriesKey;
import dev.rootline.ingest.logs.LogTemplates;
import dev.rootline.ingest.otlp.Encoding;
import dev.rootline.ingest.otlp.IngestLimits;
import dev.rootline.ingest.otlp.OtlpDecoder;
import dev.rootline.ingest.trace.TraceShare;
import dev.rootline.rca.report.ReportStore;
import dev.rootline.simulator.Simulation;
import dev.rootline.simulator.SimulationConfig;
import dev.rootline.simulator.fault.FaultPlan;
import dev.rootline.simulator.fault.FaultType;
import dev.rootline.simulator.fault.Faults;
import dev.rootline.simulator.model.ShopModel;
import dev.rootline.simulator.sink.InMemoryTelemetrySink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RcaEngineTest {
  private static final Instant FROM = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant FAULT = FROM.plusSeconds(35 * 60);
  private static final Instant TO = FAULT.plusSeconds(4 * 60);
  private static final OtlpDecoder DECODER = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);

  /** The shop at 5 requests/s with productcatalog failing a third of its requests from FAULT on. */
  private static InMemoryTelemetrySink shopWithFailingCatalog() {
    ShopModel model = ShopModel.standard(7);
    Simulation simulation = new Simulation(model, SimulationConfig.defaults().withPeakRootRequestsPerSecond(5)
        .withSeed(3), FaultPlan.of(new Faults(model).create(FaultType.ERRORS, "productcatalog", FAULT, TO, 0.3)));
    InMemoryTelemetrySink sink = new InMemoryTelemetrySink();
    simulation.run(FROM, TO, sink);
    return sink;
  }

  private static Anomaly catalogErrors(Anomaly.State state) {
    SeriesKey series = new SeriesKey.Operation("productcatalog", "GET /products/{id}", "1.0");
    Instant onset = FAULT.plusSeconds(10);
    return new Anomaly(Anomaly.idOf(series, "error_ratio", onset), series, "error_ratio", "error_ratio.increase",
        Anomaly.Direction.UP, state, onset, onset.plusSeconds(20), 0.3, 0.001, 12, "ratio", "errors rose");
  }

  @Test
  void tick_reportsTheFailingServiceFirst_soonAfterTheAnomalyArrives() {
    InMemoryTelemetrySink sink = shopWithFailingCatalog();
    Clock clock = Clock.fixed(TO.plusSeconds(20), ZoneOffset.UTC);
    RcaEngine engine = new RcaEngine(new LogEvidence(LogTemplates.standard()), 60_000, 0, clock);
    sink.spans().forEach(request -> engine.spans(DECODER.spans(request.toByteArray())));

    engine.anomaly(catalogErrors(Anomaly.State.OPEN));
    List<RcaReport> reports = engine.tick();

    assertThat(reports).singleElement().satisfies(report -> {
      assertThat(report.revision()).isEqualTo(1);
      assertThat(report.incident().state()).isEqualTo(Incident.State.OPEN);
      assertThat(report.candidates().get(0).service()).isEqualTo("productcatalog");
      assertThat(report.candidates().get(0).evidence()).isNotEmpty();
      assertThat(report.verdict()).isNotEqualTo(RcaReport.Verdict.NO_CLEAR_CAUSE);
    });
    assertThat(engine.tick()).as("no revision is due a moment later").isEmpty();
  }

  @Test
  void tick_findsTheFailingService_fromAQuarterOfTheTraces_andSaysSo() {
    InMemoryTelemetrySink sink = shopWithFailingCatalog();
    RcaEngine engine = new RcaEngine(new LogEvidence(LogTemplates.standard()), 60_000, 0, TraceShare.fixed(0.25),
        Clock.fixed(TO.plusSeconds(20), ZoneOffset.UTC));
    long[] spans = {0};
    sink.spans().forEach(request -> {
      var decoded = DECODER.spans(request.toByteArray());
      spans[0] += decoded.size();
      engine.spans(decoded);
    });
    engine.anomaly(catalogErrors(Anomaly.State.OPEN));

    RcaReport report = engine.tick().get(0);

    assertThat(engine.traceShare()).isEqualTo(0.25);
    assertThat((double) engine.spansLeftOut() / spans[0]).isBetween(0.70, 0.80);
    assertThat(report.candidates().get(0).service()).isEqualTo("productcatalog");
    assertThat(report.candidates().get(0).reason()).contains("in the traces read, about 1 in 4");
  }

  @Test
  void tick_keepsTheTopCausesSeries_withTheErrorStepAfterOnsetAndTheCallsIntoTheCause() {
    InMemoryTelemetrySink sink = shopWithFailingCatalog();
    RcaEngine engine = new RcaEngine(new LogEvidence(LogTemplates.standard()), 60_000, 0,
        Clock.fixed(TO.plusSeconds(20), ZoneOffset.UTC));
    sink.spans().forEach(request -> engine.spans(DECODER.spans(request.toByteArray())));
    engine.anomaly(catalogErrors(Anomaly.State.OPEN));

    SeriesSnapshot series = engine.tick().get(0).series();

    assertThat(series).isNotNull();
    assertThat(series.services()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    SeriesSnapshot.ServiceSeries top = series.services().get(0);
    assertThat(top.service()).isEqualTo("productcatalog");
    SeriesSnapshot.Line errors = top.lines().stream().filter(l -> l.name().equals("errors")).findFirst().orElseThrow();
    int onsetPoint = (int) ((series.onset().toEpochMilli() - series.start().toEpochMilli()) / series.stepMillis());
    double worstAfter = errors.values().subList(onsetPoint, errors.values().size()).stream()
        .filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).max().orElse(0);
    assertThat(worstAfter).isGreaterThan(errors.baselineHigh());
    assertThat(errors.values()).hasSizeLessThanOrEqualTo(60);
    assertThat(series.edges()).anySatisfy(e -> assertThat(e.callee()).isEqualTo("productcatalog"));
  }

  @Test
  void tick_carriesAFailingTraceThroughTheCause_besideANormalOneOfTheSameEntryFromBeforeOnset() {
    InMemoryTelemetrySink sink = shopWithFailingCatalog();
    RcaEngine engine = new RcaEngine(new LogEvidence(LogTemplates.standard()), 60_000, 0,
        Clock.fixed(TO.plusSeconds(20), ZoneOffset.UTC));
    sink.spans().forEach(request -> engine.spans(DECODER.spans(request.toByteArray())));
    engine.anomaly(catalogErrors(Anomaly.State.OPEN));

    RcaReport report = engine.tick().get(0);

    assertThat(report.traces()).extracting(TraceSample::role)
        .containsExactly(TraceSample.Role.FAILING, TraceSample.Role.NORMAL);
    TraceSample failing = report.traces().get(0);
    TraceSample normal = report.traces().get(1);
    assertThat(failing.spans()).anySatisfy(s -> {
      assertThat(s.service()).isEqualTo("productcatalog");
      assertThat(s.error()).isTrue();
    });
    assertThat(failing.start()).isAfterOrEqualTo(report.incident().onset());
    assertThat(normal.start()).isBefore(report.incident().onset());
    assertThat(normal.spans()).noneSatisfy(s -> assertThat(s.error()).isTrue());
    assertThat(normal.spans().get(0).name()).isEqualTo(failing.spans().get(0).name());
    assertThat(report.traces()).allSatisfy(t -> assertThat(t.spans()).hasSizeLessThanOrEqualTo(TraceSample.MAX_SPANS));
    int traces = ReportJson.writeString(report.withTraces(List.of())).length();
    int all = ReportJson.writeString(report).length();
    System.out.printf("report JSON: %d bytes, of which example traces %d bytes (%d + %d spans)%n", all, all - traces,
        failing.spans().size(), normal.spans().size());
    assertThat(all - traces).as("both samples stay a few KB").isLessThan(8_000);
  }

  @Test
  void tick_writesALastRevision_whenTheIncidentResolvedAndWentQuiet() {
    InMemoryTelemetrySink sink = shopWithFailingCatalog();
    MovingClock clock = new MovingClock(TO.plusSeconds(20));
    RcaEngine engine = new RcaEngine(new LogEvidence(LogTemplates.standard()), 60_000, 0, clock);
    sink.spans().forEach(request -> engine.spans(DECODER.spans(request.toByteArray())));
    engine.anomaly(catalogErrors(Anomaly.State.OPEN));
    engine.tick();
    engine.anomaly(catalogErrors(Anomaly.State.RESOLVED));

    clock.now = clock.now.plusSeconds(6 * 60);
    List<RcaReport> reports = engine.tick();

    assertThat(reports).singleElement().satisfies(report -> {
      assertThat(report.incident().state()).isEqualTo(Incident.State.RESOLVED);
      assertThat(report.revision()).isEqualTo(2);
    });
    assertThat(engine.openIncidents()).isZero();
  }

  @Test
  void reviseSoon_makesTheOpenIncidentDueAtTheNextTick() {
    InMemoryTelemetrySink sink = shopWithFailingCatalog();
    Clock clock = Clock.fixed(TO.plusSeconds(20), ZoneOffset.UTC);
    RcaEngine engine = new RcaEngine(new LogEvidence(LogTemplates.standard()), 60_000, 0, clock);
    sink.spans().forEach(request -> engine.spans(DECODER.spans(request.toByteArray())));
    engine.anomaly(catalogErrors(Anomaly.State.OPEN));
    String id = engine.tick().get(0).id();

    engine.reviseSoon(id);
    engine.reviseSoon("no-such-incident");

    assertThat(engine.tick()).singleElement().satisfies(report -> {
      assertThat(report.id()).isEqualTo(id);
      assertThat(report.revision()).isEqualTo(2);
    });
  }

  @Test
  void reviseAllSoon_makesEveryOpenIncidentDueAtTheNextTick_asANewLeaderNeeds() {
    InMemoryTelemetrySink sink = shopWithFailingCatalog();
    Clock clock = Clock.fixed(TO.plusSeconds(20), ZoneOffset.UTC);
    RcaEngine engine = engineOverTheShop(sink, clock);
    engine.anomaly(catalogErrors(Anomaly.State.OPEN));
    engine.anomaly(frontendErrors());
    List<RcaReport> first = engine.tick();
    assertThat(first).isNotEmpty();
    assertThat(engine.tick()).as("nothing new within the revision interval").isEmpty();

    engine.reviseAllSoon();

    assertThat(engine.tick()).extracting(RcaReport::id)
        .containsExactlyInAnyOrderElementsOf(first.stream().map(RcaReport::id).toList())
        .hasSize(engine.openIncidents());
  }

  private static Anomaly frontendErrors() {
    SeriesKey series = new SeriesKey.Operation("frontend", "GET /product", "1.0");
    Instant onset = FAULT.plusSeconds(20);
    return new Anomaly(Anomaly.idOf(series, "error_ratio", onset), series, "error_ratio", "error_ratio.increase",
        Anomaly.Direction.UP, Anomaly.State.OPEN, onset, onset.plusSeconds(20), 0.2, 0.001, 9, "ratio", "errors rose");
  }

  private static RcaEngine engineOverTheShop(InMemoryTelemetrySink sink, Clock clock) {
    RcaEngine engine = new RcaEngine(new LogEvidence(LogTemplates.standard()), 60_000, 0, clock);
    sink.spans().forEach(request -> engine.spans(DECODER.spans(request.toByteArray())));
    // The call edge as the windows topic shows it: every replica reads all of it.
    engine.observation(new Observation(new SeriesKey.Edge("frontend", "productcatalog"), "rate",
        FAULT.toEpochMilli(), 10_000, 5, 50));
    return engine;
  }

  @Test
  void tick_namesTheIncidentAlike_whateverOrderTwoPartitionsDeliverTheAnomaliesIn() {
    InMemoryTelemetrySink sink = shopWithFailingCatalog();
    Clock clock = Clock.fixed(TO.plusSeconds(20), ZoneOffset.UTC);
    RcaEngine one = engineOverTheShop(sink, clock);
    RcaEngine other = engineOverTheShop(sink, clock);

    one.anomaly(catalogErrors(Anomaly.State.OPEN));
    one.anomaly(frontendErrors());
    other.anomaly(frontendErrors());
    other.anomaly(catalogErrors(Anomaly.State.OPEN));

    String id = one.tick().get(0).id();
    assertThat(other.tick()).singleElement().satisfies(report -> assertThat(report.id()).isEqualTo(id));
    assertThat(one.openIncidents()).isEqualTo(1);
    assertThat(other.openIncidents()).isEqualTo(1);
  }

  @Test
  void tick_holdsTheFirstReportForTheGroupWait_andJoinsIncidentsTheCallGraphLinkedMeanwhile() {
    InMemoryTelemetrySink sink = shopWithFailingCatalog();
    MovingClock clock = new MovingClock(TO.plusSeconds(20));
    RcaEngine engine = new RcaEngine(new LogEvidence(LogTemplates.standard()), 60_000, 10_000, clock);
    // Only the catalog's own spans: the call from frontend is not known yet.
    sink.spans().forEach(request -> engine.spans(DECODER.spans(request.toByteArray()).stream()
        .filter(span -> span.resource().service().equals("productcatalog")).toList()));
    engine.anomaly(catalogErrors(Anomaly.State.OPEN));
    engine.anomaly(frontendErrors());

    assertThat(engine.tick()).as("within the group wait").isEmpty();
    assertThat(engine.openIncidents()).as("apart while the graph does not link them").isEqualTo(2);

    engine.observation(new Observation(new SeriesKey.Edge("frontend", "productcatalog"), "rate",
        FAULT.toEpochMilli(), 10_000, 5, 50));
    clock.now = clock.now.plusSeconds(10);

    RcaEngine knowingTheGraph = engineOverTheShop(sink, clock);
    knowingTheGraph.anomaly(catalogErrors(Anomaly.State.OPEN));
    knowingTheGraph.anomaly(frontendErrors());
    String expected = knowingTheGraph.tick().get(0).id();
    assertThat(engine.tick()).singleElement().satisfies(report -> {
      assertThat(report.id()).isEqualTo(expected);
      assertThat(report.revision()).isEqualTo(1);
      assertThat(report.incident().services()).containsExactly("frontend", "productcatalog");
    });
    assertThat(engine.openIncidents()).isEqualTo(1);
  }

  @Test
  void restartedEngine_rebuildsTheIncidentUnderItsId_andItsRevisionsContinueFromTheStore() {
    InMemoryTelemetrySink sink = shopWithFailingCatalog();
    ReportStore store = ReportStore.inMemory(10);
    RevisionContinuity continuity = new RevisionContinuity(store, (from, to) -> true);
    MovingClock clock = new MovingClock(TO.plusSeconds(20));
    RcaEngine before = engineOverTheShop(sink, clock);
    before.anomaly(catalogErrors(Anomaly.State.OPEN));
    before.tick().forEach(r -> continuity.next(r).ifPresent(store::save));
    clock.now = clock.now.plusSeconds(70);
    before.tick().forEach(r -> continuity.next(r).ifPresent(store::save));
    RcaReport kept = store.recent(Instant.EPOCH, 10).get(0);
    assertThat(kept.revision()).isEqualTo(2);

    // Killed; the new process rereads the same spans' evidence and anomalies from Kafka.
    RcaEngine after = engineOverTheShop(sink, clock);
    after.anomaly(catalogErrors(Anomaly.State.OPEN));
    List<RcaReport> rebuilt = after.tick();
    assertThat(rebuilt).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(kept.id()));
    assertThat(continuity.next(rebuilt.get(0))).as("nothing new since the stored revision").isEmpty();

    after.anomaly(frontendErrors());
    clock.now = clock.now.plusSeconds(40);
    List<RcaReport> next = after.tick();
    assertThat(next).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo(kept.id());
      assertThat(continuity.next(r)).hasValueSatisfying(c -> assertThat(c.revision()).isEqualTo(3));
    });
  }

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
