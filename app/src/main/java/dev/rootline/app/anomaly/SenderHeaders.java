package dev.rootline.app.anomaly;

import dev.rootline.anomaly.PartialWindows.Sender;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The headers with which a replica says who closed an observation's window: its source and the
 * grace it waited. Plain text, so that a person reading the topic sees them too; a record without
 * them (an older replica) or with garbled ones counts as {@link Sender#UNKNOWN}.
 */
final class SenderHeaders {
  static final String SOURCE = "rootline-source";
  static final String GRACE = "rootline-grace-ms";

  private SenderHeaders() {}

  static RecordHeader[] of(Sender sender) {
    return new RecordHeader[] {
        new RecordHeader(SOURCE, sender.source().getBytes(StandardCharsets.UTF_8)),
        new RecordHeader(GRACE, Long.toString(sender.graceMillis()).getBytes(StandardCharsets.US_ASCII))};
  }

  static Sender read(Headers headers) {
    Header source = headers.lastHeader(SOURCE);
    Header grace = headers.lastHeader(GRACE);
    if (source == null || grace == null || source.value() == null || grace.value() == null) {
      return Sender.UNKNOWN;
    }
    try {
      return new Sender(new String(source.value(), StandardCharsets.UTF_8),
          Long.parseLong(new String(grace.value(), StandardCharsets.US_ASCII)));
    } catch (NumberFormatException e) {
      return Sender.UNKNOWN;
    }
  }
}
