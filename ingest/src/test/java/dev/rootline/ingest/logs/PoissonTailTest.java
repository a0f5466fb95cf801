package dev.rootline.ingest.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoissonTailTest {

  /** Expected values computed with 80-digit arithmetic (mpmath), -log10 P(X >= k). */
  @ParameterizedTest(name = "k={0} lambda={1}")
  @CsvSource(delimiter = '|', textBlock = """
      0    | 3.0    | 0.0
      1    | 1.0    | 0.19920
      3    | 3.0    | 0.23897
      10   | 1.0    | 6.95302
      30   | 10.0   | 6.60033
      1000 | 500.0  | 85.4817
      5    | 0.001  | 17.0795
      """)
  void surprise_matchesThePoissonUpperTail(long k, double lambda, double expected) {
    assertThat(PoissonTail.surprise(k, lambda)).isCloseTo(expected, within(expected * 1e-3 + 1e-4));
  }

  @ParameterizedTest(name = "n={0}")
  @CsvSource({"255", "256", "300", "10000"})
  void lnFactorial_agreesAcrossTheTableAndStirling(long n) {
    double sum = 0;
    for (long i = 2; i <= n; i++) {
      sum += Math.log(i);
    }
    assertThat(PoissonTail.lnFactorial(n)).isCloseTo(sum, within(1e-6 * sum));
  }
}
