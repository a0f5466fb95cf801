package dev.rootline.ingest.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BytesHashTest {
  private static final byte[] TEXT = "service.name=checkout-7f9c;k8s.pod.name=checkout-7f9c-x2x".getBytes(StandardCharsets.UTF_8);

  @Test
  void theSameBytesHashTheSameWhereverTheyLie() {
    byte[] shifted = new byte[TEXT.length + 5];
    System.arraycopy(TEXT, 0, shifted, 5, TEXT.length);
    assertThat(BytesHash.sampled(shifted, 5, TEXT.length, 3)).isEqualTo(BytesHash.sampled(TEXT, 0, TEXT.length, 3));
  }

  @Test
  void aChangeInASampledWordOrTheLengthChangesTheHash() {
    long original = BytesHash.sampled(TEXT, 0, TEXT.length, 3);
    int last = TEXT.length - Long.BYTES;
    for (int at : new int[] {0, 7, last / 2, last / 2 + 7, last, TEXT.length - 1}) {
      byte[] changed = TEXT.clone();
      changed[at]++;
      assertThat(BytesHash.sampled(changed, 0, changed.length, 3)).as("byte %d", at).isNotEqualTo(original);
    }
    assertThat(BytesHash.sampled(TEXT, 0, TEXT.length - 1, 3)).isNotEqualTo(original);
  }

  @Test
  void shortRangesHashEveryByte() {
    byte[] a = "abcdefg".getBytes(StandardCharsets.US_ASCII);
    byte[] b = "abcXefg".getBytes(StandardCharsets.US_ASCII);
    assertThat(BytesHash.sampled(a, 0, 7, 4)).isNotEqualTo(BytesHash.sampled(b, 0, 7, 4));
  }
}
