package dev.rootline.ingest.logs;

/** What one template of one service has seen: counts per minute, first time, one redacted example. */
final class TemplateHistory {
  /** Longer lines are cut before redaction; ingest already bounds bodies to 4096 characters. */
  private static final int MAX_REDACTED_CHARS = 4096;

  final MinuteCounts counts;
  private long firstSeenMillis = Long.MAX_VALUE;
  private String example;
  private boolean exampleIsError;

  TemplateHistory(int minutes) {
    this.counts = new MinuteCounts(minutes);
  }

  /** Counts one log; the first message is kept as the example until the first error replaces it. */
  void add(long millis, long minute, String body, boolean error, int maxExampleChars) {
    counts.add(minute, error);
    firstSeenMillis = Math.min(firstSeenMillis, millis);
    if (example == null || (error && !exampleIsError)) {
      example = Masks.firstLine(Masks.redact(Masks.firstLine(body, MAX_REDACTED_CHARS)), maxExampleChars);
      exampleIsError = error;
    }
  }

  long firstSeenMillis() {
    return firstSeenMillis;
  }

  String example() {
    return example;
  }
}
