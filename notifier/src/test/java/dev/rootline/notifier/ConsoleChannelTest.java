package dev.rootline.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's console channel shows the Slack message as text. */
class ConsoleChannelTest {
  @Test
  void send_printsTheSlackMessageAsText() {
    List<String> printed = new ArrayList<>();

    Outcome outcome = Channel.console(printed::add).send(NotifyFixtures.first(NotifyFixtures.CHECKOUT_BAD_DEPLOY));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DELIVERED);
    assertThat(printed).singleElement().asString()
        .contains("# Critical incident on frontend: likely checkout")
        .contains("1. checkout 2.4.0 (code-change, 87%)")
        .contains("[Open report: " + NotifyFixtures.LINK + "] [Confirm cause] [Wrong cause] [Pick the true cause ▾]");
  }
}
