package dev.rootline.ingest.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricUnitTest {

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = ';', textBlock = """
      '';           EVENTS;   1
      1;            EVENTS;   1
      {request};    EVENTS;   1
      {operation};  EVENTS;   1
      requests;     EVENTS;   1
      s;            TIME;     1
      ms;           TIME;     0.001
      us;           TIME;     0.000001
      ns;           TIME;     0.000000001
      seconds;      TIME;     1
      By;           QUANTITY; 1
      KiBy;         QUANTITY; 1
      {packet}By;   QUANTITY; 1
      bit;          QUANTITY; 1
      """)
  void of_tellsCountedEventsFromTimeAndOtherQuantities(String unit, MetricUnit.Kind kind, double toBase) {
    MetricUnit parsed = MetricUnit.of(unit);
    assertThat(parsed.kind()).isEqualTo(kind);
    assertThat(parsed.toBase()).isEqualTo(toBase);
  }
}
