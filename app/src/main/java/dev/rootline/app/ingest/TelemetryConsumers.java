package dev.rootline.app.ingest;

import dev.rootline.app.capture.TelemetryCapture;
import dev.rootline.app.rca.RcaStage;
import dev.rootline.ingest.otlp.InvalidRecordException;
import dev.rootline.ingest.service.ServiceSignals;
import dev.rootline.ingest.otlp.OtlpDecoder;
import dev.rootline.ingest.otlp.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import dev.rootline.core.telemetry.Span;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads the OTLP topics. Each record is counted, decoded and handed on (records without a key
 * counted apart: {@link IngestMetrics#unkeyed}); a record that cannot be decoded is nacked, which
 * the channel's dead-letter strategy sends to {@code rootline.dlq} with the reason and source topic
 * in its headers. A record this process has read before (Kafka reads a partition again from its
 * last commit after some rebalances) is acked and counted, not handed on again ({@link Redeliveries}).
 */
@ApplicationScoped
public class TelemetryConsumers {
  private final OtlpDecoder decoder;
  private final SpanPipeline spans;
  private final SignalPipeline windows;
  private final ServiceSignals signals;
  private final IngestMetrics metrics;
  private final RcaStage rca;
  private final TelemetryCapture capture;
  private final ParallelChunks chunks;
  private final Map<Signal, Redeliveries> reads = new EnumMap<>(Signal.class);

  TelemetryConsumers(OtlpDecoder decoder, SpanPipeline spans, SignalPipeline windows, ServiceSignals signals,
      RcaStage rca, TelemetryCapture capture, IngestMetrics metrics, IngestConfig config) {
    this.chunks = new ParallelChunks(ParallelChunks.threadsFor(config.spanThreads()), "rootline-spans");
    this.rca = rca;
    this.capture = capture;
    this.decoder = decoder;
    this.spans = spans;
    this.windows = windows;
    this.signals = signals;
    this.metrics = metrics;
    for (Signal signal : Signal.values()) {
      reads.put(signal, new Redeliveries());
    }
  }

  /**
   * Spans come in batches (one per poll; {@code mp.messaging.incoming.spans.batch=true}): the
   * messaging layer's per-message cost was larger than decoding a record of a few spans (ADR 017).
   * A poll's records are decoded and handed on in chunks on {@code rootline.ingest.span-threads}
   * threads, the first on this one (ADR 021). Each bad record is still nacked on its own, so it
   * alone goes to the dead-letter topic; nacks and the batch's ack happen back on this thread's
   * Vert.x context once every chunk is done, and the next poll comes only then.
   */
  @Incoming("spans")
  public CompletionStage<Void> spans(KafkaRecordBatch<byte[], byte[]> batch) {
    Queue<Rejected> rejected = new ConcurrentLinkedQueue<>();
    Context context = Vertx.currentContext();
    return chunks.run(firstReads(batch.getRecords()), records -> spans(records, rejected))
        .thenCompose(done -> onContext(context, () -> settle(batch, rejected)));
  }

  /** The poll's records but those this process has read before (a rebalance re-reads them). */
  private List<KafkaRecord<byte[], byte[]>> firstReads(List<KafkaRecord<byte[], byte[]>> records) {
    List<KafkaRecord<byte[], byte[]>> first = new ArrayList<>(records.size());
    for (KafkaRecord<byte[], byte[]> record : records) {
      if (!readBefore(record, Signal.SPANS)) {
        first.add(record);
      }
    }
    return first;
  }

  /** Whether the record was read before by this process; if so it is counted, to be acked unread. */
  private boolean readBefore(Message<byte[]> record, Signal signal) {
    boolean again = record.getMetadata(IncomingKafkaRecordMetadata.class)
        .filter(kafka -> reads.get(signal).readBefore(kafka.getTopic(), kafka.getPartition(), kafka.getOffset(),
            kafka.getTimestamp().toEpochMilli()))
        .isPresent();
    if (again) {
      metrics.redelivered(signal);
    }
    return again;
  }

  private void spans(List<KafkaRecord<byte[], byte[]>> records, Queue<Rejected> rejected) {
    List<Span> decoded = new ArrayList<>(records.size() * 8);
    for (KafkaRecord<byte[], byte[]> record : records) {
      try {
        if (record.getPayload() == null) {
          throw new InvalidRecordException("empty record (no value)");
        }
        if (record.getKey() == null) {
          metrics.unkeyed(Signal.SPANS);
        }
        List<Span> spansOfRecord = decoder.spans(record.getPayload());
        decoded.addAll(spansOfRecord);
        metrics.accepted(Signal.SPANS, spansOfRecord.size());
      } catch (InvalidRecordException e) {
        metrics.deadLettered(Signal.SPANS);
        rejected.add(new Rejected(record, e));
      }
    }
    spans.accept(decoded);
    capture.spans(decoded);
  }

  private static CompletionStage<Void> settle(KafkaRecordBatch<byte[], byte[]> batch, Queue<Rejected> rejected) {
    List<CompletableFuture<Void>> deadLettered = new ArrayList<>(rejected.size());
    for (Rejected bad : rejected) {
      deadLettered.add(bad.record().nack(bad.reason()).toCompletableFuture());
    }
    return CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
  }

  /** Runs {@code step} on the Vert.x context (or, off Vert.x, right here) and passes its outcome on. */
  private static CompletionStage<Void> onContext(Context context, Supplier<CompletionStage<Void>> step) {
    if (context == null || Vertx.currentContext() == context) {
      return step.get();
    }
    CompletableFuture<Void> outcome = new CompletableFuture<>();
    context.runOnContext(ignored -> {
      try {
        step.get().whenComplete((done, failure) -> {
          if (failure == null) {
            outcome.complete(null);
          } else {
            outcome.completeExceptionally(failure);
          }
        });
      } catch (RuntimeException e) {
        outcome.completeExceptionally(e); // never leave the channel waiting on a poll
      }
    });
    return outcome;
  }

  private record Rejected(KafkaRecord<byte[], byte[]> record, InvalidRecordException reason) {
  }

  @PreDestroy
  void stop() {
    chunks.close();
  }

  @Incoming("metrics")
  public CompletionStage<Void> metrics(Message<byte[]> record) {
    return ingest(record, Signal.METRICS, bytes -> {
      var decoded = decoder.metrics(bytes);
      signals.acceptMetrics(decoded);
      windows.acceptMetrics(decoded);
      capture.metrics(decoded);
      return decoded;
    });
  }

  @Incoming("logs")
  public CompletionStage<Void> logs(Message<byte[]> record) {
    return ingest(record, Signal.LOGS, bytes -> {
      var decoded = decoder.logs(bytes);
      signals.acceptLogs(decoded);
      windows.acceptLogs(decoded);
      rca.logs(decoded);
      capture.logs(decoded);
      return decoded;
    });
  }

  private CompletionStage<Void> ingest(Message<byte[]> record, Signal signal, Function<byte[], List<?>> handler) {
    if (readBefore(record, signal)) {
      return record.ack();
    }
    try {
      if (record.getPayload() == null) {
        throw new InvalidRecordException("empty record (no value)");
      }
      record.getMetadata(IncomingKafkaRecordMetadata.class).filter(kafka -> kafka.getKey() == null)
          .ifPresent(unkeyed -> metrics.unkeyed(signal));
      int items = handler.apply(record.getPayload()).size();
      metrics.accepted(signal, items);
      return record.ack();
    } catch (InvalidRecordException e) {
      metrics.deadLettered(signal);
      return record.nack(e);
    }
  }
}
