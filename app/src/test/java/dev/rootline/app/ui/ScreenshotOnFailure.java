package dev.rootline.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves what the browser showed when a browser test failed, as
 * {@code target/screenshots/<class>-<test>.png}. Quarkus runs the test class in a class loader of its
 * own, so the browser is found through {@link #SOURCE}, a system property holding a plain
 * {@code Supplier<byte[]>} that both class loaders understand.
 */
public final class ScreenshotOnFailure implements TestWatcher {
  static final String SOURCE = "rootline.test.screenshot-source";

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Object source = System.getProperties().get(SOURCE);
    if (!(source instanceof Supplier<?> supplier)) {
      return;
    }
    Path file = Path.of("target", "screenshots",
        context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, (byte[]) supplier.get());
      System.err.println("screenshot of the failed browser test: " + file.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      System.err.println("no screenshot of the failed browser test: " + e);
    }
  }

  static Optional<Path> readmeScreenshot() {
    return Optional.ofNullable(System.getenv("ROOTLINE_README_SCREENSHOT")).filter(s -> !s.isBlank()).map(Path::of);
  }
}
