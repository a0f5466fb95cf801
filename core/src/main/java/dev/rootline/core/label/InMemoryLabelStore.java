package dev.rootline.core.label;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link LabelStore} in a map of lists; lost on exit. */
final class InMemoryLabelStore implements LabelStore {
  private final Map<String, List<Label>> labels = new HashMap<>();

  @Override
  public synchronized void add(Label label) {
    labels.computeIfAbsent(label.incidentId(), id -> new ArrayList<>()).add(label);
  }

  @Override
  public synchronized List<Label> of(String incidentId) {
    return List.copyOf(labels.getOrDefault(incidentId, List.of()));
  }

  @Override
  public synchronized Map<String, Label> latest(Collection<String> incidentIds) {
    Map<String, Label> latest = new HashMap<>();
    for (String id : incidentIds) {
      List<Label> of = labels.get(id);
      if (of != null && !of.isEmpty()) {
        latest.put(id, of.get(of.size() - 1));
      }
    }
    return latest;
  }
}
