package dev.rootline.ingest.logs;

import static dev.rootline.ingest.logs.LogLines.INFO;
import static dev.rootline.ingest.logs.LogLines.log;
import static dev.rootline.ingest.logs.LogTemplatesTest.millis;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogTemplatesBoundsTest {
  private static final long T0 = 29_000_000;

  @Test
  void add_dropsLogsOfServicesOverTheBoundAndCountsThem() {
    LogTemplates templates = new LogTemplates(config(2, 10, 50));
    templates.add(log("cart", T0, 0, INFO, "a"));
    templates.add(log("pay", T0, 0, INFO, "a"));
    templates.add(log("ship", T0, 0, INFO, "a"));
    assertThat(templates.overflowRecords()).isEqualTo(1);
    assertThat(templates.templates("ship")).isEmpty();
  }

  @Test
  void add_makesRoomForANewServiceOnceAnOldOneWasSilentForTheWholeRing() {
    LogTemplates templates = new LogTemplates(config(2, 10, 50));
    templates.add(log("cart", T0, 0, INFO, "a"));
    templates.add(log("pay", T0 + 20, 0, INFO, "a"));
    templates.add(log("ship", T0 + 20, 0, INFO, "a"));
    assertThat(templates.overflowRecords()).isZero();
    assertThat(templates.templates("cart")).isEmpty();
    assertThat(templates.templates("ship")).hasSize(1);
  }

  @Test
  void add_dropsLogsOlderThanTheRingAndCountsThem() {
    LogTemplates templates = new LogTemplates(config(2, 10, 50));
    templates.add(log("cart", T0 + 20, 0, INFO, "a"));
    templates.add(log("cart", T0 + 10, 0, INFO, "a"));
    templates.add(log("cart", T0 + 11, 0, INFO, "a"));
    assertThat(templates.lateRecords()).isEqualTo(1);
    assertThat(templates.changes("cart", millis(T0), millis(T0 + 11), millis(T0 + 21)).get(0).observedCount())
        .isEqualTo(2);
  }

  @Test
  void add_evictsTemplatesUnseenForTheWholeRingWhenTheMinerIsFull() {
    LogTemplates templates = new LogTemplates(config(2, 10, 2));
    templates.add(log("cart", T0, 0, INFO, "cache warmed up"));
    templates.add(log("cart", T0, 1, INFO, "config reloaded from disk"));
    templates.add(log("cart", T0 + 5, 0, INFO, "shutting down now"));
    templates.add(log("cart", T0 + 20, 0, INFO, "leader elected"));
    assertThat(templates.overflowTemplateRecords()).isEqualTo(1);
    assertThat(templates.templates("cart")).containsExactly(new Template(3, "leader elected"));
  }

  @Test
  void add_staysWithinEveryBoundUnderManyServicesAndRandomMessages() {
    LogTemplates templates = new LogTemplates(config(5, 30, 20));
    Random random = new Random(11);
    for (int i = 0; i < 50_000; i++) {
      long minute = T0 + i / 500;
      String body = DrainTest.randomWords(random, 2 + random.nextInt(8));
      templates.add(log("svc-" + random.nextInt(8), minute, 0, INFO, body));
    }
    long tracked = 0;
    for (int s = 0; s < 8; s++) {
      int held = templates.templates("svc-" + s).size();
      assertThat(held).isLessThanOrEqualTo(20);
      tracked += held > 0 ? 1 : 0;
      assertThat(templates.changes("svc-" + s, millis(T0), millis(T0 + 60), millis(T0 + 100)))
          .hasSizeLessThanOrEqualTo(21);
    }
    assertThat(tracked).isEqualTo(5);
    assertThat(templates.overflowRecords()).isPositive();
    assertThat(templates.overflowTemplateRecords()).isPositive();
  }

  private static LogTemplates.Config config(int services, int minutes, int templatesPerService) {
    Drain.Config drain = new Drain.Config(0.5, 2, 100, templatesPerService, 256);
    return new LogTemplates.Config(services, minutes, 64, drain, 5, 2, 3);
  }
}
