package dev.rootline.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.core.change.ChangeKind;
import dev.rootline.simulator.Behaviour;
import dev.rootline.simulator.PlannedChange;
import dev.rootline.simulator.ServiceInstance;
import dev.rootline.simulator.model.ShopModel;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
  private static final Instant START = Instant.parse("2026-03-02T10:15:00Z");
  private static final Instant END = START.plus(Duration.ofMinutes(10));
  private static final ServiceInstance PAYMENT = new ServiceInstance("payment", "2.0.5", "id", "pod", "node");
  private static final Faults FAULTS = new Faults(ShopModel.standard(1));

  @Test
  void demo_defaultsToABadDeployOfCheckoutWithItsLabel() {
    FaultPlan plan = FaultPlan.demo("bad-deploy", START);
    Fault fault = plan.faults().get(0);

    assertThat(fault.type()).isEqualTo(FaultType.BAD_DEPLOY);
    assertThat(fault.rootCause()).isEqualTo(new RootCause("checkout", Indicator.CODE_CHANGE));
    assertThat(fault.start()).isEqualTo(START);
    assertThat(plan.changes()).extracting(PlannedChange::kind, PlannedChange::at).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ChangeKind.DEPLOY, START),
        org.assertj.core.groups.Tuple.tuple(ChangeKind.ROLLBACK, START.plus(FaultPlan.DEMO_DURATION)));
  }

  @Test
  void demo_hasADefaultTargetForEveryType() {
    assertThat(Arrays.stream(FaultType.values()).map(t -> FaultPlan.demo(t.wireName(), START).faults().get(0)))
        .allSatisfy(f -> assertThat(f.caption()).isNotBlank());
  }

  @Test
  void demo_namesTheKnownTypesWhenGivenAnUnknownOne() {
    assertThatThrownBy(() -> FaultPlan.demo("meteor", START)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown fault type 'meteor'").hasMessageContaining("poison-pill");
  }

  @Test
  void serving_combinesOverlappingFaultsOnlyInsideTheirWindows() {
    FaultPlan plan = FaultPlan.of(new LatencyInjection("payment", null, 2, START, END),
        new ErrorInjection("payment", null, 0.1, null, START.plusSeconds(60), END));

    assertThat(plan.serving(PAYMENT, "POST /charge", START.minusSeconds(1))).isEqualTo(Behaviour.NORMAL);
    assertThat(plan.serving(PAYMENT, "POST /charge", START)).isEqualTo(Behaviour.slower(2));
    assertThat(plan.serving(PAYMENT, "POST /charge", START.plusSeconds(90))).isEqualTo(new Behaviour(2, 0.1));
    assertThat(plan.serving(PAYMENT, "POST /charge", END)).isEqualTo(Behaviour.NORMAL);
  }

  @Test
  void withChange_schedulesARolloutBesideTheFaultsOwnChanges() {
    FaultPlan plan = FaultPlan.none().withChange(PlannedChange.deploy(START, "cart", "3.1.0"));

    assertThat(plan.changes()).containsExactly(PlannedChange.deploy(START, "cart", "3.1.0"));
  }

  @Test
  void create_explainsATargetThatCannotSufferTheFault() {
    assertThatThrownBy(() -> FAULTS.create(FaultType.POOL_EXHAUSTION, "cart", START, END, null))
        .hasMessageContaining("cart has no connection pool").hasMessageContaining("checkout");
    assertThatThrownBy(() -> FAULTS.create(FaultType.DEPENDENCY_OUTAGE, "mongodb", START, END, null))
        .hasMessageContaining("mongodb cannot suffer an outage").hasMessageContaining("postgresql");
    assertThatThrownBy(() -> FAULTS.create(FaultType.NETWORK_DELAY, "cart>payment", START, END, null))
        .hasMessage("cart does not call payment");
    assertThatThrownBy(() -> FAULTS.create(FaultType.LATENCY, "inventory", START, END, null))
        .hasMessage("unknown service 'inventory'");
  }

  @Test
  void create_labelsEveryTypeWithItsIndicator() {
    assertThat(FAULTS.create(FaultType.N_PLUS_ONE, "checkout", START, END, 12.0).rootCause())
        .isEqualTo(new RootCause("checkout", Indicator.CODE_CHANGE));
    assertThat(FAULTS.create(FaultType.DEPENDENCY_OUTAGE, "cardgate", START, END, null).rootCause())
        .isEqualTo(new RootCause("cardgate", Indicator.DEPENDENCY));
    assertThat(FAULTS.create(FaultType.NETWORK_DELAY, "frontend>cart", START, END, null).rootCause())
        .isEqualTo(new RootCause("cart", Indicator.NETWORK));
    assertThat(FAULTS.create(FaultType.RETRY_STORM, "checkout", START, END, null).target())
        .isEqualTo("checkout>payment");
    assertThat(FAULTS.create(FaultType.POOL_EXHAUSTION, "payment", START, END, null).rootCause().indicator())
        .isEqualTo(Indicator.SATURATION);
  }
}
