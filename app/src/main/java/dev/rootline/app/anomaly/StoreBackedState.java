package dev.rootline.app.anomaly;

import dev.rootline.anomaly.SeriesStateStore;
import org.apache.kafka.streams.state.KeyValueStore;

/** Detector state in a Kafka Streams key-value store, whose changelog topic makes it survive restarts. */
final class StoreBackedState implements SeriesStateStore {
  private final KeyValueStore<String, byte[]> store;

  StoreBackedState(KeyValueStore<String, byte[]> store) {
    this.store = store;
  }

  @Override
  public byte[] get(String key) {
    return store.get(key);
  }

  @Override
  public void put(String key, byte[] state) {
    store.put(key, state);
  }
}
