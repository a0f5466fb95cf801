package dev.rootline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayTest {
  /** Lines of each file in the small copies: the first few minutes of the shop. */
  private static final int HEAD = 400;

  @TempDir
  Path dir;

  @Test
  void run_opensFewAnomaliesOnFortyFaultFreeMinutes() throws IOException {
    ReplayResult result = Replay.run(ShopCases.quiet());

    assertThat(result.badLines()).isZero();
    assertThat(result.series()).isGreaterThan(40);
    assertThat(result.hours()).isBetween(0.6, 0.7);
    assertThat(result.opened()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void run_detectsInjectedErrorsWithinAMinute() throws IOException {
    Path caseDir = ShopCases.cartErrors();
    CaseScore score = CaseScore.of(LabelJson.read(caseDir.resolve(CaseFiles.LABEL)), Replay.run(caseDir));

    assertThat(score.detected()).isTrue();
    assertThat(score.ttdSeconds()).isLessThanOrEqualTo(60.0);
    assertThat(score.pages()).isEqualTo(1); // its anomalies went out in one announced incident
  }

  @Test
  void run_readsGzippedFilesAsPlainOnes() throws IOException {
    ReplayResult plain = Replay.run(ShopCases.copy(ShopCases.quiet(), dir.resolve("plain"), HEAD, false));
    ReplayResult gzipped = Replay.run(ShopCases.copy(ShopCases.quiet(), dir.resolve("gz"), HEAD, true));

    assertThat(plain.observations()).isPositive();
    assertThat(gzipped.lines()).isEqualTo(plain.lines());
    assertThat(gzipped.series()).isEqualTo(plain.series());
    assertThat(gzipped.observations()).isEqualTo(plain.observations());
    assertThat(gzipped.opened()).isEqualTo(plain.opened());
  }

  @Test
  void run_countsBadLinesAndGoesOn() throws IOException {
    ReplayResult clean = Replay.run(ShopCases.copy(ShopCases.quiet(), dir.resolve("clean"), HEAD, false));
    Path broken = ShopCases.copy(ShopCases.quiet(), dir.resolve("broken"), HEAD, false);
    Files.writeString(broken.resolve("metrics.jsonl"), "{not json\n", StandardOpenOption.APPEND);
    Files.writeString(broken.resolve("logs.jsonl"), "{\"resourceSpans\": []}\n", StandardOpenOption.APPEND);
    Files.writeString(broken.resolve("deploys.jsonl"), "{\"service\": \"cart\"}\n", StandardOpenOption.APPEND);

    ReplayResult result = Replay.run(broken);

    assertThat(result.badLines()).isEqualTo(3);
    assertThat(result.problems()).anySatisfy(p -> assertThat(p).startsWith("metrics.jsonl:"))
        .anySatisfy(p -> assertThat(p).startsWith("deploys.jsonl:"));
    assertThat(result.series()).isEqualTo(clean.series());
    assertThat(result.observations()).isEqualTo(clean.observations());
  }

  @Test
  void run_countsAFileThatIsNotGzipAsOneProblem() throws IOException {
    Path broken = ShopCases.copy(ShopCases.quiet(), dir.resolve("not-gzip"), HEAD, false);
    Files.move(broken.resolve("logs.jsonl"), broken.resolve("logs.jsonl.gz"));

    ReplayResult result = Replay.run(broken);

    assertThat(result.badLines()).isEqualTo(1);
    assertThat(result.problems()).singleElement().asString().startsWith("logs.jsonl.gz:0: unreadable");
    assertThat(result.observations()).isPositive();
  }
}
