package dev.rootline.ingest.logs;

import static dev.rootline.ingest.logs.LogLines.CHECKOUT_DECLINED_1234;
import static dev.rootline.ingest.logs.LogLines.CHECKOUT_DECLINED_98;
import static dev.rootline.ingest.logs.LogLines.DB_TIMEOUT_3;
import static dev.rootline.ingest.logs.LogLines.DB_TIMEOUT_7;
import static dev.rootline.ingest.logs.LogLines.GO_DIAL;
import static dev.rootline.ingest.logs.LogLines.GO_GOROUTINE;
import static dev.rootline.ingest.logs.LogLines.GO_PANIC;
import static dev.rootline.ingest.logs.LogLines.JSON_PAYMENT_8812;
import static dev.rootline.ingest.logs.LogLines.JSON_PAYMENT_9913;
import static dev.rootline.ingest.logs.LogLines.NPE_WITH_STACK;
import static dev.rootline.ingest.logs.LogLines.ORDERS_GET_12345;
import static dev.rootline.ingest.logs.LogLines.ORDERS_GET_777;
import static dev.rootline.ingest.logs.LogLines.POD_RESTART_1;
import static dev.rootline.ingest.logs.LogLines.POD_RESTART_2;
import static dev.rootline.ingest.logs.LogLines.POOL_EXHAUSTED;
import static dev.rootline.ingest.logs.LogLines.PY_KEY_ERROR;
import static dev.rootline.ingest.logs.LogLines.PY_TRACEBACK;
import static dev.rootline.ingest.logs.LogLines.REQUEST_FROM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DrainTest {
  private static final List<String> SERVICE_LINES = List.of(DB_TIMEOUT_3, DB_TIMEOUT_7, CHECKOUT_DECLINED_1234,
      CHECKOUT_DECLINED_98, POOL_EXHAUSTED, NPE_WITH_STACK, PY_TRACEBACK, PY_KEY_ERROR, GO_PANIC, GO_GOROUTINE,
      GO_DIAL, JSON_PAYMENT_8812, JSON_PAYMENT_9913, ORDERS_GET_12345, ORDERS_GET_777, POD_RESTART_1,
      POD_RESTART_2, REQUEST_FROM);

  @Test
  void add_minesOneTemplatePerKindOfJavaGoAndPythonLine() {
    Drain drain = Drain.standard();
    SERVICE_LINES.forEach(drain::add);
    assertThat(render(drain.templates())).isEqualTo("""
        1 Connection to db-<NUM> timed out after <DUR>
        2 user <NUM> checkout failed: card declined
        3 java.lang.IllegalStateException: Connection pool exhausted (active=<NUM>, idle=<NUM>)
        4 Exception in thread <STR> java.lang.NullPointerException: Cannot invoke <STR> because <STR> is null
        5 Traceback (most recent call last):
        6 KeyError: <STR>
        7 panic: runtime error: index out of range [<NUM>] with length <NUM>
        8 goroutine <NUM> [running]:
        9 level=error ts=<TS> msg="dial tcp <IP>:<NUM>: connect: connection refused" component=db
        10 {"level": "error", "msg": "payment failed", "order": "ord-<NUM>", "latency": "<DUR>"}
        11 GET /api/orders/<NUM>/items took <DUR> status=<NUM>
        12 worker pod <*> restarted <NUM> times
        13 request <UUID> from <IP>:<NUM> rejected""");
  }

  @Test
  void add_joinsAtTheThresholdAndWildcardsTheDifferingTokens() {
    Drain drain = Drain.standard();
    Template first = drain.add("session opened for alice from web");
    Template joined = drain.add("session opened for bob from mobile");
    Template apart = drain.add("session opened after retry of login");
    assertThat(joined).isEqualTo(new Template(first.id(), "session opened for <*> from <*>"));
    assertThat(apart.id()).isNotEqualTo(first.id());
    assertThat(drain.add("session opened for dave from tv")).isEqualTo(joined);
  }

  @Test
  void add_keepsMessagesBelowTheThresholdApart() {
    Drain drain = new Drain(new Drain.Config(0.7, 2, 100, 200, 256));
    Template first = drain.add("session opened for alice from web");
    assertThat(drain.add("session opened for bob from mobile").id()).isNotEqualTo(first.id());
  }

  @Test
  void add_splitsOnAWordAmongTheLeadingTokensButNotOnANumber() {
    Drain drain = Drain.standard();
    assertThat(drain.add("user alice logged in").id()).isNotEqualTo(drain.add("user bob logged in").id());
    assertThat(drain.add("user a1 logged in").id()).isEqualTo(drain.add("user b2 logged in").id());
  }

  @Test
  void add_givesTheSameTemplatesAndIdsForTheSameMessages() {
    Drain one = Drain.standard();
    Drain two = Drain.standard();
    List<Integer> ids = SERVICE_LINES.stream().map(line -> one.add(line).id()).toList();
    assertThat(SERVICE_LINES.stream().map(line -> two.add(line).id()).toList()).isEqualTo(ids);
    assertThat(two.templates()).isEqualTo(one.templates());
  }

  @Test
  void add_sendsUnknownMessagesToTheOverflowTemplateWhenFullAndCountsThem() {
    Drain drain = new Drain(new Drain.Config(0.5, 2, 100, 2, 256));
    drain.add(DB_TIMEOUT_3);
    drain.add(GO_PANIC);
    assertThat(drain.add(PY_KEY_ERROR)).isEqualTo(Template.OVERFLOW);
    assertThat(drain.add(GO_GOROUTINE)).isEqualTo(Template.OVERFLOW);
    assertThat(drain.add(DB_TIMEOUT_7).id()).isEqualTo(1);
    assertThat(drain.size()).isEqualTo(2);
    assertThat(drain.overflowed()).isEqualTo(2);
  }

  @Test
  void add_routesTokensPastAFullNodeToTheWildcardChild() {
    Drain drain = new Drain(new Drain.Config(0.5, 1, 2, 200, 256));
    drain.add("alpha one two");
    drain.add("beta one two");
    // "beta" found the root's one literal place taken, so it shares the <*> child with "gamma".
    assertThat(drain.add("gamma one two")).isEqualTo(new Template(2, "<*> one two"));
  }

  @Test
  void remove_prunesEmptyNodesSoANewLeadingTokenGetsItsOwnChild() {
    Drain drain = new Drain(new Drain.Config(0.5, 1, 2, 200, 256));
    drain.add("alpha one two");
    drain.remove(1);
    drain.add("beta one two");
    assertThat(drain.add("gamma one two")).isEqualTo(new Template(3, "gamma one two"));
    assertThat(render(drain.templates())).isEqualTo("2 beta one two\n3 gamma one two");
  }

  @Test
  void add_minesTheFirstLineCutAtTheCharacterLimit() {
    Drain drain = new Drain(new Drain.Config(0.5, 2, 100, 200, 24));
    assertThat(drain.add("\n  payment failed for order 12 after retries\n\tat Foo.bar(Foo.java:3)").text())
        .isEqualTo("payment failed for order");
  }

  @Test
  void add_keepsTheTemplateWithinTheLimitWhenPlaceholdersAreLongerThanValues() {
    Drain drain = new Drain(new Drain.Config(0.5, 2, 100, 200, 24));
    assertThat(drain.add("1 2 3 4 5 6 7 8 9 10 11 12").text()).isEqualTo("<NUM> <NUM> <NUM> <NUM>");
  }

  @Test
  void add_boundsTemplatesAndTheirLengthUnderRandomMessages() {
    Drain drain = new Drain(new Drain.Config(0.5, 2, 10, 50, 64));
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      drain.add(randomWords(random, 1 + random.nextInt(30)));
    }
    assertThat(drain.size()).isEqualTo(50);
    assertThat(drain.overflowed()).isPositive();
    assertThat(drain.templates()).allSatisfy(t -> assertThat(t.text()).hasSizeLessThanOrEqualTo(64));
  }

  static String randomWords(Random random, int words) {
    StringBuilder line = new StringBuilder();
    for (int w = 0; w < words; w++) {
      line.append(w == 0 ? "" : " ");
      for (int c = 0, n = 3 + random.nextInt(6); c < n; c++) {
        line.append((char) ('a' + random.nextInt(26)));
      }
    }
    return line.toString();
  }

  private static String render(List<Template> templates) {
    return templates.stream().map(t -> t.id() + " " + t.text()).collect(Collectors.joining("\n"));
  }
}
