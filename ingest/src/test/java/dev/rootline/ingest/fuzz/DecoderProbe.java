package dev.rootline.ingest.fuzz;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Feeds inputs to one decoder and sorts the outcomes: accepted, rejected with the documented
 * exception and a reason a dead-letter header can carry, or escaped (any other throwable, or a
 * rejection without a reason). Escapes keep the case's name and the input's first bytes.
 */
public final class DecoderProbe {
  /** The longest reason worth putting in a dead-letter header; longer means the input is being quoted. */
  static final int MAX_REASON_LENGTH = 1024;

  private final Function<byte[], ?> decoder;
  private final Class<? extends RuntimeException> rejection;
  private final List<String> escapes = new ArrayList<>();
  private int accepted;
  private int rejected;

  public DecoderProbe(Function<byte[], ?> decoder, Class<? extends RuntimeException> rejection) {
    this.decoder = decoder;
    this.rejection = rejection;
  }

  /** Decodes {@code input}; {@code name} says which case it was, to find it again. */
  public void feed(String name, byte[] input) {
    try {
      if (decoder.apply(input) == null) {
        escapes.add(name + ": returned null");
        return;
      }
      accepted++;
    } catch (Throwable thrown) { // the point is to see everything, errors included
      String reason = thrown.getMessage();
      if (rejection.isInstance(thrown) && reason != null && !reason.isBlank() && reason.length() <= MAX_REASON_LENGTH) {
        rejected++;
      } else {
        escapes.add(name + ": " + thrown + " for " + preview(input));
      }
    }
  }

  public int accepted() {
    return accepted;
  }

  public int rejected() {
    return rejected;
  }

  /** What escaped, one line per case. */
  public List<String> escapes() {
    return escapes;
  }

  private static String preview(byte[] input) {
    int shown = Math.min(input.length, 48);
    return input.length + " bytes, starting " + HexFormat.of().formatHex(input, 0, shown);
  }
}
