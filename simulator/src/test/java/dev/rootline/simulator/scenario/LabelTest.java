package dev.rootline.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rootline.simulator.fault.Indicator;
import dev.rootline.simulator.fault.RootCause;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LabelTest {
  private static final Instant START = Instant.parse("2026-03-02T10:15:00Z");
  private static final Instant END = Instant.parse("2026-03-02T10:25:00Z");

  @Test
  void toJson_writesTheIssuesLayoutExactly() {
    Label label = new Label("checkout-n-plus-one-01", "checkout 2.4.0 calls inventory once per cart item", "shop-sim",
        "n-plus-one", START, END, new RootCause("checkout", Indicator.CODE_CHANGE));

    assertThat(label.toJson()).isEqualTo("""
        {"id": "checkout-n-plus-one-01",
         "caption": "checkout 2.4.0 calls inventory once per cart item",
         "system": "shop-sim",
         "fault": {"type": "n-plus-one", "start": "2026-03-02T10:15:00Z", "end": "2026-03-02T10:25:00Z"},
         "root_cause": {"service": "checkout", "indicator": "code-change"}}
        """);
  }

  @Test
  void toJson_writesAFaultFreeCaseWithoutRootCause() {
    Label label = new Label("normal-day-01", "a \"quiet\" day", "shop-sim", "none",
        Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"), null);

    assertThat(label.toJson()).isEqualTo("""
        {"id": "normal-day-01",
         "caption": "a \\"quiet\\" day",
         "system": "shop-sim",
         "fault": {"type": "none", "start": "2026-03-01T00:00:00Z", "end": "2026-03-02T00:00:00Z"}}
        """);
  }

  @Test
  void new_rejectsAFaultWithoutRootCause() {
    assertThatThrownBy(() -> new Label("x", "x", "shop-sim", "errors", START, END, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
