package dev.rootline.core.window;

import java.util.List;

/**
 * Receives windows once they are closed. Called on the aggregating thread; implementations must
 * not block for long and must not keep the windows mutable (take {@link Window#summary()} or own them).
 */
@FunctionalInterface
public interface WindowSink {
  void accept(List<Window> closed);
}
