package dev.rootline.ingest.logs;

import java.util.Objects;

/**
 * A log template learnt by {@link Drain}: constant words, typed placeholders for masked values
 * ({@code <NUM>}, {@code <IP>}, ...) and {@value #WILDCARD} where messages were seen to differ.
 *
 * @param id   stable for the life of the miner that learnt it; {@value #OVERFLOW_ID} is the overflow template
 * @param text the tokens joined by single spaces; it may gain wildcards as messages arrive
 */
public record Template(int id, String text) {
  /** A position where messages of one template differ. */
  public static final String WILDCARD = "<*>";
  /** The id of {@link #OVERFLOW}. */
  public static final int OVERFLOW_ID = 0;
  /** Where messages go once a miner holds as many templates as it may. */
  public static final Template OVERFLOW = new Template(OVERFLOW_ID, "<overflow>");

  public Template {
    Objects.requireNonNull(text, "text");
  }

  public boolean isOverflow() {
    return id == OVERFLOW_ID;
  }
}
