package dev.rootline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelJsonTest {
  @TempDir
  Path dir;

  @Test
  void read_takesTheIssueExample() throws IOException {
    CaseLabel label = LabelJson.read(write("""
        {"id": "checkout-n-plus-one-01",
         "caption": "checkout 2.4.0 calls inventory once per cart item",
         "system": "shop-sim",
         "fault": {"type": "n-plus-one", "start": "2026-03-02T10:15:00Z", "end": "2026-03-02T10:25:00Z"},
         "root_cause": {"service": "checkout", "indicator": "code-change"}}"""));

    assertThat(label.id()).isEqualTo("checkout-n-plus-one-01");
    assertThat(label.fault().type()).isEqualTo("n-plus-one");
    assertThat(label.detectionEnd()).isEqualTo(Instant.parse("2026-03-02T10:26:00Z"));
    assertThat(label.rootCause()).isEqualTo(new CaseLabel.RootCause("checkout", "code-change"));
    assertThat(label.faultFree()).isFalse();
  }

  @Test
  void read_takesAFaultFreeStretchWithoutRootCause() throws IOException {
    CaseLabel label = LabelJson.read(write("""
        {"id": "day", "fault": {"type": "none", "start": "2026-03-02T00:00:00Z", "end": "2026-03-03T00:00:00Z"}}"""));
    assertThat(label.faultFree()).isTrue();
    assertThat(label.rootCause()).isNull();
  }

  @Test
  void read_namesFileAndFieldOfABadTime() throws IOException {
    Path file = write("""
        {"id": "x", "fault": {"type": "latency", "start": "yesterday"}}""");
    assertThatThrownBy(() -> LabelJson.read(file))
        .isInstanceOf(InvalidLabelException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("'fault.start'")
        .hasMessageContaining("'yesterday'");
  }

  @Test
  void read_namesAMissingField() throws IOException {
    assertThatThrownBy(() -> LabelJson.read(write("{\"id\": \"x\"}"))).hasMessageEndingWith("field 'fault' is required");
    assertThatThrownBy(() -> LabelJson.read(write("{\"fault\": {\"type\": \"latency\", \"start\": \"2026-03-02T10:15:00Z\"}}")))
        .hasMessageEndingWith("field 'id' is required");
    assertThatThrownBy(() -> LabelJson.read(write("{\"id\": \"x\", \"fault\": {\"start\": \"2026-03-02T10:15:00Z\"}}")))
        .hasMessageEndingWith("field 'fault.type' is required");
  }

  @Test
  void read_reportsInvalidJsonAndAMissingFile() throws IOException {
    assertThatThrownBy(() -> LabelJson.read(write("{\"id\": "))).hasMessageContaining("invalid JSON");
    assertThatThrownBy(() -> LabelJson.read(dir.resolve("nope.json"))).hasMessageEndingWith("missing");
  }

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve("label.json"), json);
  }
}
