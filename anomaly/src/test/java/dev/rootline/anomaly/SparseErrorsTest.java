package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sparse-evidence rule of {@code error_ratio.increase} on quiet series: a few failures among
 * a few requests, pooled over up to six minutes and judged by an exact beta-binomial tail against
 * the baseline. One token per 10 s window, {@code ratio/requests}; the anomalies as a compact string.
 */
class SparseErrorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      a clean quiet series failing half its requests: opens on 5 of 10;     0/2*180 | 0.5/2*6 | 0/2*20;            open@184 up resolved@191
      every request failing, one request a minute: opens on 4 of 4;        0/1*180 | 1/1 _*5 | 1/1 _*5 | 1/1 _*5 | 1/1 _*5 | 1/1 _*5 | 0/1*40; open@198 up resolved@215
      a third failing at 3 requests a window: 3 of 9 against 180 clean are not enough; 0/3*180 | 0.333/3*3 | 0/3*30; ''
      a third failing at 3 requests a window: 5 of 15 are;                  0/3*180 | 0.333/3*6 | 0/3*30;          open@184 up resolved@191
      two failures in a row of a never-failing series are not enough;        0/1*180 | 1/1*2 | 0/1*30;              ''
      noise at 3 a.m.: one request a window failing now and then at 5 %;   0/1*19 1/1 0/1*19 1/1 0/1*19 1/1 0/1*19 1/1 0/1*19 1/1 0/1*19 1/1 0/1*19 1/1 0/1*19 1/1 0/1*19 1/1 | 0/1*5 1/1 0/1*3 1/1 0/1*4 1/1 0/1*30; ''
      a series that fails 20 % of the time failing 40 % for a minute;        0/1*4 1/1 0/1*4 1/1 0/1*4 1/1 0/1*4 1/1 0/1*4 1/1 0/1*4 1/1 0/1*4 1/1 0/1*4 1/1 0/1*4 1/1 0/1*4 1/1 0/1*4 1/1 0/1*4 1/1 | 1/1 0/1 1/1 0/1 0/1 1/1 | 0/1*4 1/1 0/1*4 1/1; ''
      """)
  void detects(String caption, String series, String expected) {
    assertThat(Replay.run("error_ratio", series, 1)).as(caption).isEqualTo(expected);
  }
}
