package dev.rootline.anomaly;

import java.util.HashMap;
import java.util.Map;

/** Series state in a hash map; not thread-safe, like the engine that uses it. */
final class InMemorySeriesStateStore implements SeriesStateStore {
  private final Map<String, byte[]> states = new HashMap<>();

  @Override
  public byte[] get(String key) {
    return states.get(key);
  }

  @Override
  public void put(String key, byte[] state) {
    states.put(key, state);
  }
}
