package dev.rootline.app.eval;

import java.nio.file.Path;

/** A {@code label.json} that cannot be used; the message names the file and the field. */
public final class InvalidLabelException extends RuntimeException {
  public InvalidLabelException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
