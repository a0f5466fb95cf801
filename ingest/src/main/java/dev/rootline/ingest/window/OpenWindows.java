package dev.rootline.ingest.window;

import dev.rootline.core.window.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * The open windows of one series, ordered by start. A series rarely has more than two open at a
 * time (the current one and the previous one within its grace), so a small list beats a tree.
 */
final class OpenWindows {
  private final List<Window> windows = new ArrayList<>(2);

  Window find(long startMillis) {
    for (int i = windows.size() - 1; i >= 0; i--) {
      Window window = windows.get(i);
      if (window.startMillis() == startMillis) {
        return window;
      }
    }
    return null;
  }

  void insert(Window window) {
    int i = windows.size();
    while (i > 0 && windows.get(i - 1).startMillis() > window.startMillis()) {
      i--;
    }
    windows.add(i, window);
  }

  /** Moves the windows that start before {@code startMillis} to {@code closed}; returns how many. */
  int closeBefore(long startMillis, List<Window> closed) {
    int n = 0;
    while (!windows.isEmpty() && windows.get(0).startMillis() < startMillis) {
      closed.add(windows.remove(0));
      n++;
    }
    return n;
  }

  boolean isEmpty() {
    return windows.isEmpty();
  }
}
