package dev.rootline.ingest.otlp;

/** How an OTLP request is encoded, named as the OpenTelemetry Collector's kafka exporter names it. */
public enum Encoding {
  OTLP_PROTO("otlp_proto"), OTLP_JSON("otlp_json");

  private final String wireName;

  Encoding(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /**
   * The encoding for a Collector encoding name.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static Encoding of(String name) {
    for (Encoding encoding : values()) {
      if (encoding.wireName.equalsIgnoreCase(name.trim())) {
        return encoding;
      }
    }
    throw new IllegalArgumentException(
        "unsupported encoding '" + name + "', expected otlp_proto or otlp_json");
  }
}
