package dev.rootline.simulator;

import com.google.protobuf.ByteString;

/**
 * One Kafka record as the simulated broker holds it.
 *
 * @param topic          where it was published
 * @param partition      its partition, chosen by its key
 * @param offset         its offset in the partition
 * @param publishedNanos when the producer's send returned
 * @param traceId        the trace of the request that published it, which its processing joins
 * @param producerSpanId the publishing span, parent of every process span
 * @param context        the business values it carries (its key is the order id)
 */
record Message(String topic, int partition, long offset, long publishedNanos, ByteString traceId,
    ByteString producerSpanId, RequestContext context) {

  /** How Spring Kafka names a record in its logs: {@code orders-1@4521}. */
  String record() {
    return topic + "-" + partition + "@" + offset;
  }
}
