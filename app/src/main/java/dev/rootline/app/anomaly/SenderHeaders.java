package dev.rootline.app.anomaly;

import dev.rootline.anomaly.PartialWindows.Sender;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The headers with which a replica says who closed an observation's window: its source, the grace
 * it waited, the replica, and the window end up to which it has closed every window of the source
 * (taken from its progress records only: {@link ObservationPublisher}).
 * Plain text, so that a person reading the topic sees them too; a record without the first two (an
 * older replica) or with garbled ones counts as {@link Sender#UNKNOWN}, one without the last two
 * as a sender that says nothing of its progress.
 */
final class SenderHeaders {
  static final String SOURCE = "rootline-source";
  static final String GRACE = "rootline-grace-ms";
  static final String REPLICA = "rootline-replica";
  static final String CLOSED_THROUGH = "rootline-closed-through-ms";

  private SenderHeaders() {}

  static RecordHeader[] of(Sender sender) {
    RecordHeader source = text(SOURCE, sender.source());
    RecordHeader grace = text(GRACE, Long.toString(sender.graceMillis()));
    if (!sender.saysProgress()) {
      return new RecordHeader[] {source, grace};
    }
    return new RecordHeader[] {source, grace, text(REPLICA, sender.replica()),
        text(CLOSED_THROUGH, Long.toString(sender.closedThroughMillis()))};
  }

  static Sender read(Headers headers) {
    Header source = headers.lastHeader(SOURCE);
    Header grace = headers.lastHeader(GRACE);
    if (source == null || grace == null || source.value() == null || grace.value() == null) {
      return Sender.UNKNOWN;
    }
    try {
      Sender said = new Sender(text(source), Long.parseLong(text(grace)));
      Header replica = headers.lastHeader(REPLICA);
      Header closedThrough = headers.lastHeader(CLOSED_THROUGH);
      if (replica == null || closedThrough == null || replica.value() == null || closedThrough.value() == null) {
        return said;
      }
      return new Sender(said.source(), said.graceMillis(), text(replica), Long.parseLong(text(closedThrough)));
    } catch (NumberFormatException e) {
      return Sender.UNKNOWN;
    }
  }

  private static RecordHeader text(String name, String value) {
    return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Header header) {
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
