package dev.rootline.app.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.anomaly.PartialWindows.Sender;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class SenderHeadersTest {

  @Test
  void aSenderSurvivesTheHeaders() {
    Sender sender = new Sender("spans", 1_250);
    assertThat(SenderHeaders.read(new RecordHeaders(SenderHeaders.of(sender)))).isEqualTo(sender);
  }

  @Test
  void aSenderSayingItsProgressSurvivesTheHeaders() {
    Sender sender = new Sender("metrics", 5_000, "replica-7", 1_700_000_010_000L);
    Sender read = SenderHeaders.read(new RecordHeaders(SenderHeaders.of(sender)));
    assertThat(read).isEqualTo(sender);
    assertThat(read.saysProgress()).isTrue();
  }

  @Test
  void aGarbledProgressMeansAnUnknownSender() {
    RecordHeaders garbled = new RecordHeaders(SenderHeaders.of(new Sender("spans", 1_000)));
    garbled.add(new RecordHeader(SenderHeaders.REPLICA, "replica-7".getBytes(StandardCharsets.UTF_8)));
    garbled.add(new RecordHeader(SenderHeaders.CLOSED_THROUGH, "soon".getBytes(StandardCharsets.UTF_8)));
    assertThat(SenderHeaders.read(garbled)).isEqualTo(Sender.UNKNOWN);
  }

  @Test
  void missingOrGarbledHeadersMeanAnUnknownSender() {
    assertThat(SenderHeaders.read(new RecordHeaders())).isEqualTo(Sender.UNKNOWN);
    RecordHeaders garbled = new RecordHeaders();
    garbled.add(new RecordHeader(SenderHeaders.SOURCE, "spans".getBytes(StandardCharsets.UTF_8)));
    garbled.add(new RecordHeader(SenderHeaders.GRACE, "1.5s".getBytes(StandardCharsets.US_ASCII)));
    assertThat(SenderHeaders.read(garbled)).isEqualTo(Sender.UNKNOWN);
    RecordHeaders sourceOnly = new RecordHeaders();
    sourceOnly.add(new RecordHeader(SenderHeaders.SOURCE, "spans".getBytes(StandardCharsets.UTF_8)));
    assertThat(SenderHeaders.read(sourceOnly)).isEqualTo(Sender.UNKNOWN);
  }
}
