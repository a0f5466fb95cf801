package dev.rootline.core.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class KeyHashTest {

  /** The bucket HashMap puts a hash in, for a table of {@code size} (a power of two). */
  private static int bucket(int hash, int size) {
    return (hash ^ (hash >>> 16)) & (size - 1);
  }

  private static int bucketsUsed(IntFunction<SeriesKey> key, int keys, int size) {
    Set<Integer> buckets = new HashSet<>();
    for (int i = 0; i < keys; i++) {
      buckets.add(bucket(key.apply(i).hashCode(), size));
    }
    return buckets.size();
  }

  @Test
  void structuredNamesSpreadOverTheTable() {
    // 100 keys in a 256-slot table: random hashes use about 83 buckets; the records' own hashes used 48 and 26.
    assertThat(bucketsUsed(i -> new SeriesKey.Operation("svc-" + i, "GET /svc-" + i, ""), 100, 256)).isGreaterThan(70);
    assertThat(bucketsUsed(i -> new SeriesKey.Edge("svc-" + i, "svc-" + (i + 1)), 100, 256)).isGreaterThan(70);
    assertThat(bucketsUsed(i -> new SeriesKey.Metric("svc-" + i, "process.cpu.utilization"), 100, 256))
        .isGreaterThan(70);
  }

  @Test
  void equalKeysHashAlike() {
    assertThat(new SeriesKey.Operation("cart", "GET /cart", null).hashCode())
        .isEqualTo(new SeriesKey.Operation("cart", "GET /cart", "").hashCode());
    assertThat(new SeriesKey.Edge("a", "b")).isEqualTo(new SeriesKey.Edge("a", "b"))
        .hasSameHashCodeAs(new SeriesKey.Edge("a", "b"));
  }
}
