package dev.rootline.app.capture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CaptureStore} in a map; lost on exit. It knows every incident and no labels, so expiry
 * forgets every old capture; beyond its bound the least recently appended incident is forgotten.
 */
final class InMemoryCaptureStore implements CaptureStore {
  private final int capacity;
  private final LinkedHashMap<String, List<CaptureChunk>> captures = new LinkedHashMap<>(16, 0.75f, true);

  InMemoryCaptureStore(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized void append(List<CaptureChunk> chunks) {
    for (CaptureChunk chunk : chunks) {
      List<CaptureChunk> kept = captures.computeIfAbsent(chunk.incidentId(), id -> new ArrayList<>());
      if (kept.stream().anyMatch(k -> k.seq() == chunk.seq() && k.signal() == chunk.signal())) {
        throw new IllegalStateException("chunk " + chunk.seq() + " " + chunk.signal() + " of " + chunk.incidentId()
            + " is already kept");
      }
      kept.add(chunk);
    }
    while (captures.size() > capacity) {
      captures.remove(captures.keySet().iterator().next());
    }
  }

  @Override
  public synchronized Extent extent(String incidentId) {
    List<CaptureChunk> kept = captures.getOrDefault(incidentId, List.of());
    if (kept.isEmpty()) {
      return Extent.NONE;
    }
    CaptureChunk last = kept.stream().max(Comparator.comparingInt(CaptureChunk::seq)).orElseThrow();
    return new Extent(last.seq(), kept.stream().map(CaptureChunk::to).max(Comparator.naturalOrder()).orElseThrow(),
        kept.stream().mapToLong(c -> c.data().length).sum());
  }

  @Override
  public synchronized List<CaptureChunk> chunks(String incidentId) {
    return captures.getOrDefault(incidentId, List.of()).stream()
        .sorted(Comparator.comparingInt(CaptureChunk::seq).thenComparing(CaptureChunk::signal)).toList();
  }

  @Override
  public synchronized int expireUnlabelled(Instant before) {
    int expired = 0;
    for (var it = captures.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, List<CaptureChunk>> entry = it.next();
      if (entry.getValue().stream().allMatch(c -> c.capturedAt().isBefore(before))) {
        it.remove();
        expired++;
      }
    }
    return expired;
  }
}
