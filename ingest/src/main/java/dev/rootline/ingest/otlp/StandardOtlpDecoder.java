package dev.rootline.ingest.otlp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.core.telemetry.MetricPoint;
import dev.rootline.core.telemetry.Span;
import java.io.IOException;
import java.util.List;

/**
 * Spans go through the hand-written streaming readers (the hot path); metrics and logs, which come
 * in far lower volume, through the generated protobuf classes. Holds no mutable state: each call
 * makes its own reader, and the string cache is per thread.
 */
final class StandardOtlpDecoder implements OtlpDecoder {
  private static final JsonFactory JSON = new JsonFactory();

  private final Encoding encoding;
  private final ItemRules rules;

  StandardOtlpDecoder(Encoding encoding, IngestLimits limits) {
    this.encoding = encoding;
    this.rules = new ItemRules(limits);
  }

  @Override
  public List<Span> spans(byte[] record) {
    rules.checkSize(record);
    if (encoding == Encoding.OTLP_PROTO) {
      return new ProtoSpanReader(record, rules).read();
    }
    return new JsonSpanReader(jsonParser(record), rules).read();
  }

  @Override
  public List<MetricPoint> metrics(byte[] record) {
    return MetricPoints.of(OtlpRequests.parseMetrics(record, encoding, rules.limits()), rules);
  }

  @Override
  public List<LogRecord> logs(byte[] record) {
    return LogRecords.of(OtlpRequests.parseLogs(record, encoding, rules.limits()), rules);
  }

  /**
   * A parser over the record. Jackson guesses the text encoding from the first bytes as it creates
   * the parser, and refuses some zero-byte patterns (an odd UCS-4 byte order) right there.
   */
  private static JsonParser jsonParser(byte[] record) {
    try {
      return JSON.createParser(record);
    } catch (IOException e) {
      throw new InvalidRecordException("invalid JSON: " + JsonStructure.describe(e), e);
    }
  }
}
