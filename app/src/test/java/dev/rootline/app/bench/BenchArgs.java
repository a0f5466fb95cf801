package dev.rootline.app.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's options, {@code --name value} pairs; {@code ./rootline bench-peer --help} lists
 * them.
 */
record BenchArgs(long spans, int partitions, int consumers, String rootlineHeap, String zipkinHeap,
    int zipkinMemSpans, String rootlineJvmOptions, String zipkinJvmOptions, int liveRate, int liveSeconds, boolean zipkin, Path rootlineJar, Path zipkinJar,
    Path out) {

  static final String USAGE = """
      options (defaults in brackets):
        --spans N              spans written to each topic [4000000]
        --partitions N         partitions of each topic [4]
        --consumers N          consumer threads of each peer (Rootline's channel partitions, Zipkin's KAFKA_STREAMS) [1]
        --rootline-heap SIZE   Rootline's -Xms and -Xmx; its other JVM options are the image's
                               JAVA_TOOL_OPTIONS (Dockerfile) [1g]
        --zipkin-heap SIZE     Zipkin's -Xmx [2g]
        --zipkin-mem-spans N   spans Zipkin's in-memory store keeps (MEM_MAX_SPANS; Zipkin's default,
                               500000, filled 2g with these spans and stalled in GC) [100000]
        --rootline-jvm OPT     one extra JVM option for Rootline (repeat for more; overrides the
                               image's), e.g. JFR's [none]
        --zipkin-jvm OPT       one extra JVM option for Zipkin (repeat for more) [none]
        --live-rate N          spans/s of the live latency phase, 0 to skip it [50000]
        --live-seconds N       length of the live phase [60]
        --zipkin true|false    run the Zipkin server [true]
        --rootline-jar PATH, --zipkin-jar PATH, --out DIR  (set by the Maven profile)
      """;

  static BenchArgs parse(String[] args) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'\n" + USAGE);
      }
      // Repeated options add up (JVM options); others take the last value.
      String name = args[i].substring(2);
      String value = args[++i];
      given.merge(name, value, name.endsWith("-jvm") ? (a, b) -> a + "\n" + b : (a, b) -> b);
    }
    for (String name : given.keySet()) {
      if (!List.of("spans", "partitions", "consumers", "rootline-heap", "zipkin-heap", "zipkin-mem-spans", "rootline-jvm",
          "zipkin-jvm", "live-rate", "live-seconds", "zipkin", "rootline-jar", "zipkin-jar", "out").contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + "\n" + USAGE);
      }
    }
    return new BenchArgs(Long.parseLong(given.getOrDefault("spans", "4000000")),
        Integer.parseInt(given.getOrDefault("partitions", "4")),
        Integer.parseInt(given.getOrDefault("consumers", "1")),
        given.getOrDefault("rootline-heap", "1g"), given.getOrDefault("zipkin-heap", "2g"),
        Integer.parseInt(given.getOrDefault("zipkin-mem-spans", "100000")),
        given.getOrDefault("rootline-jvm", ""), given.getOrDefault("zipkin-jvm", ""),
        Integer.parseInt(given.getOrDefault("live-rate", "50000")),
        Integer.parseInt(given.getOrDefault("live-seconds", "60")),
        Boolean.parseBoolean(given.getOrDefault("zipkin", "true")),
        Path.of(given.getOrDefault("rootline-jar", "app/target/quarkus-app/quarkus-run.jar")),
        Path.of(given.getOrDefault("zipkin-jar", "app/target/bench/zipkin-server-exec.jar")),
        Path.of(given.getOrDefault("out", "app/target/bench")));
  }
}
