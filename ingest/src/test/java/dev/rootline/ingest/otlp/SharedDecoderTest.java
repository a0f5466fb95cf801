package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.CollectorRecords.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.core.telemetry.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SharedDecoderTest {

  @Test
  void decode_givesEveryThreadTheSameSpansFromOneSharedDecoder() throws Exception {
    OtlpDecoder proto = OtlpDecoder.of(Encoding.OTLP_PROTO, IngestLimits.DEFAULTS);
    OtlpDecoder json = OtlpDecoder.of(Encoding.OTLP_JSON, IngestLimits.DEFAULTS);
    byte[] protoRecord = CHECKOUT_TRACE.toByteArray();
    byte[] jsonRecord = OtlpJson.print(CHECKOUT_TRACE).getBytes(UTF_8);
    List<Span> expected = proto.spans(protoRecord);
    Callable<Boolean> task = () -> {
      for (int i = 0; i < 500; i++) {
        if (!proto.spans(protoRecord).equals(expected) || !json.spans(jsonRecord).equals(expected)) {
          return false;
        }
      }
      return true;
    };

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(task));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
