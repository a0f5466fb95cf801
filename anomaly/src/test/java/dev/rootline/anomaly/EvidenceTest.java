package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The beta-binomial tail behind the sparse-evidence rule, against values computed independently. */
class EvidenceTest {

  @ParameterizedTest(name = "P(X >= {0} of {1} | {2} of {3}) = {4}")
  @CsvSource(textBlock = """
      4,  6,  0,  45, 1.6695977940205468e-05
      5, 10,  0, 120, 2.2034029766395063e-07
      3,  9,  0, 180, 2.3995333566534745e-05
      5, 15,  0, 180, 3.387071011120471e-07
      0, 10,  0, 100, 1
      11, 10, 0, 100, 0
      """)
  void failuresTail_matchesReference(double k, double n, double k0, double n0, double expected) {
    assertThat(Evidence.failuresTail(k, n, k0, n0)).isCloseTo(expected, within(expected * 1e-6 + 1e-15));
  }
}
