package dev.rootline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The request detectors on one series at a time: the series inline (one token per 10 s window), the
 * anomalies it must produce as a compact string (empty: none).
 */
class RequestDetectorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      p99 step up opens after three windows, resolves after six;  latency_p99; 200; 100~5*40 | 300~10*10 | 100~5*10; open@42 up resolved@55
      p50 step up;                                                   latency_p50; 200; 40~2*40 | 70~2*10 | 40~2*10;    open@41 up resolved@55
      p99 step down is no anomaly (faster is not a fault);          latency_p99; 200; 100~5*40 | 50~5*10 | 100~5*10;  ''
      one spike of one window does not open;                        latency_p99; 200; 100~5*40 | 900 | 100~5*20;      ''
      nor does a spike of 50x;                                      latency_p99; 200; 100~5*40 | 5000 | 100~5*20;     ''
      two spikes three windows apart do not open;                   latency_p99; 200; 100~5*40 | 900 | 100~5*3 | 900 | 100~5*20; ''
      small step within the noise stays quiet;                      latency_p99; 200; 100~20*40 | 115~20*30;          ''
      p99 at 15 s during cold start fires the absolute rule;         latency_p99; 200; 100~5*5 | 15000*5 | 100~5*10;  open@7 up resolved@15
      p99 step during cold start is left to the baseline;            latency_p99; 200; 100~5*5 | 300*10 | 100~5*10;   ''
      p99 of three requests at night is not judged;                  latency_p99; 3;   100~20*40 | 5000*5 | 100~20*10; ''
      error ratio step;                                              error_ratio; 200; 0.01*40 | 0.2*5 | 0.01*10;       open@41 up resolved@50
      error ratio from zero to 5 % (decisive at once: 10 of 200 against none of 8000);  error_ratio; 200; 0*40 | 0.05*5 | 0*10; open@40 up resolved@50
      one request in three failing at night is nothing;              error_ratio; 3;   0*40 | 0.333 | 0*10;             ''
      all three requests of one window failing is not enough;        error_ratio; 3;   0*40 | 1 | 0*10;                ''
      low traffic pools windows to judge a sustained failure (9 of 9, sparse evidence);  error_ratio; 3; 0*40 | 1*12 | 0*10; open@42 up ongoing@45 resolved@57
      error ratio at 80 % during cold start fires the absolute rule;  error_ratio; 200; 0*3 | 0.8*5 | 0*10;             open@4 up resolved@13
      a series failing from its first window is failing by design;   error_ratio; 200; 0.8*20 | 0*10;                  ''
      a long-polling endpoint, slow from the start, is no anomaly;   latency_p99; 200; 30000~500*40;                    ''
      error ratio at 20 % during cold start does not;                 error_ratio; 200; 0.2*10 | 0*10;                  ''
      rate drop;                                                     rate;        0;   50~3*40 | 10~1*10 | 50~3*10;   open@41 down resolved@55
      rate falls to nothing;                                          rate;        0;   50~3*40 | 0*10 | 50~3*10;      open@41 down resolved@55
      rate spike;                                                    rate;        0;   50~3*40 | 200~5*10 | 50~3*10;  open@42 up resolved@55
      rate of a sparse series dropping to zero is no drop;           rate;        0;   0.5*40 | 0*20 | 0.5*10;        ''
      morning ramp of traffic at 1 % a window is followed;           rate;        0;   20~1*30 | 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 | 40~1*20; ''
      """)
  void detects(String caption, String signal, long samples, String series, String expected) {
    assertThat(Replay.run(signal, series, samples)).as(caption).isEqualTo(expected);
  }
}
