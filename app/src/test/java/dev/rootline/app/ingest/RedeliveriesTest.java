package dev.rootline.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedeliveriesTest {
  private final Redeliveries reads = new Redeliveries();

  @Test
  void recordsReadForTheFirstTime_areNotRedeliveries() {
    for (long offset = 0; offset < 5; offset++) {
      assertThat(reads.readBefore("spans", 0, offset, 1_000 + offset)).isFalse();
    }
  }

  @Test
  void aPartitionReadAgainFromAnEarlierOffset_isRedeliveredUpToWhereItWasRead() {
    for (long offset = 10; offset < 20; offset++) {
      reads.readBefore("spans", 0, offset, 1_000 + offset);
    }
    // A rebalance sends the consumer back to the last committed offset, 14.
    for (long offset = 14; offset < 20; offset++) {
      assertThat(reads.readBefore("spans", 0, offset, 1_000 + offset)).as("offset %d", offset).isTrue();
    }
    assertThat(reads.readBefore("spans", 0, 20, 1_020)).isFalse();
    assertThat(reads.readBefore("spans", 0, 19, 1_019)).isTrue();
  }

  @Test
  void timestampsOutOfOrderWithinAPartition_stillTellARedelivery() {
    reads.readBefore("spans", 0, 0, 5_000);
    reads.readBefore("spans", 0, 1, 3_000); // producers set CreateTime; it need not rise with offsets
    reads.readBefore("spans", 0, 2, 4_000);

    assertThat(reads.readBefore("spans", 0, 1, 3_000)).isTrue();
    assertThat(reads.readBefore("spans", 0, 0, 5_000)).isTrue();
  }

  @Test
  void partitionsAndTopicsAreApart() {
    reads.readBefore("spans", 0, 100, 1_000);

    assertThat(reads.readBefore("spans", 1, 50, 900)).isFalse();
    assertThat(reads.readBefore("other-spans", 0, 50, 900)).isFalse();
    assertThat(reads.readBefore("spans", 0, 50, 900)).isTrue();
  }

  @Test
  void aTopicCreatedAgain_startsOverWithNewerRecords_andIsReadAsNew() {
    for (long offset = 0; offset < 100; offset++) {
      reads.readBefore("spans", 0, offset, 1_000 + offset);
    }
    // Deleted and created again: offsets start at 0, the records are newer than any read before.
    for (long offset = 0; offset < 5; offset++) {
      assertThat(reads.readBefore("spans", 0, offset, 9_000 + offset)).as("offset %d", offset).isFalse();
    }
    assertThat(reads.readBefore("spans", 0, 3, 9_003)).isTrue();
  }
}
