package dev.rootline.ingest.otlp;

import com.google.protobuf.Message;
import java.util.function.Supplier;

/**
 * Counts what a partial filter keeps and rejects, and remembers why the first item went. Items
 * beyond the record's item limit are rejected too, so a kept request always fits the decoders.
 */
final class Rejections {
  private final ItemRules rules;
  private final String items;
  private long seen;
  private long kept;
  private long rejected;
  private String first;

  Rejections(ItemRules rules, String items) {
    this.rules = rules;
    this.items = items;
  }

  /**
   * Whether to keep an item, given its rule problem (null when valid).
   *
   * @param position where the item sits, asked for only when the first item is rejected
   */
  boolean keep(String problem, Supplier<String> position) {
    seen++;
    if (problem == null && kept < rules.limits().maxItemsPerRecord()) {
      kept++;
      return true;
    }
    rejected++;
    if (first == null) {
      first = position.get() + ": " + (problem != null ? problem : rules.tooManyItems(items));
    }
    return false;
  }

  /** The original request when all was kept, else the filtered one with the count and reason. */
  <T extends Message> FilteredRequest<T> result(T original, Supplier<T> filtered) {
    if (rejected == 0) {
      return new FilteredRequest<>(original, 0, "");
    }
    String message = "rejected " + rejected + " of " + seen + " " + items + "; the first: " + first;
    return new FilteredRequest<>(filtered.get(), rejected, message);
  }
}
