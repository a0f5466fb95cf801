package dev.rootline.anomaly;

/**
 * Where the detectors keep their per-series state, as opaque bytes under a key: a Kafka Streams
 * state store with a changelog in the service, a map in tests, the demo and the evaluation.
 * Called from one thread; {@code put} replaces the previous value and is idempotent; neither blocks
 * for long, and the caller does not retry.
 */
public interface SeriesStateStore {

  /** The bytes last put under {@code key}, or null when there are none. */
  byte[] get(String key);

  /** Stores {@code state} under {@code key}; the store may keep the array as given. */
  void put(String key, byte[] state);

  /** A store in a hash map, for tests, the demo and the offline evaluation. */
  static SeriesStateStore inMemory() {
    return new InMemorySeriesStateStore();
  }
}
