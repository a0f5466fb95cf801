package dev.rootline.app.kafka;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Sends one record through an emitter and tells when the broker has taken it. */
public final class Publisher {
  private static final long TIMEOUT_MILLIS = 10_000;

  private Publisher() {}

  /**
   * Sends {@code value} under {@code key} (null for none). The stage completes when the broker
   * acknowledges the record and fails when it refuses it or does not answer within 10 seconds.
   */
  public static <K> CompletionStage<Void> send(Emitter<byte[]> emitter, K key, byte[] value) {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    Message<byte[]> message = Message.of(value)
        .withAck(() -> {
          acked.complete(null);
          return CompletableFuture.completedFuture(null);
        })
        .withNack(failure -> {
          acked.completeExceptionally(failure);
          return CompletableFuture.completedFuture(null);
        });
    if (key != null) {
      message = message.addMetadata(OutgoingKafkaRecordMetadata.<K>builder().withKey(key).build());
    }
    emitter.send(message);
    return acked.orTimeout(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
  }
}
